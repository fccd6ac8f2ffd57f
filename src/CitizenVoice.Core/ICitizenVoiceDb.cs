using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core;

/// <summary>The database as Core sees it: the entity sets and one atomic save. Implemented by the EF Core context in Data.</summary>
public interface ICitizenVoiceDb
{
    DbSet<Province> Provinces { get; }

    DbSet<Commune> Communes { get; }

    DbSet<Submission> Submissions { get; }

    DbSet<SubmissionStatusChange> SubmissionStatusChanges { get; }

    DbSet<SubmissionAttachment> SubmissionAttachments { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<OutboxEmail> OutboxEmails { get; }

    DbSet<OrganisationUnit> OrganisationUnits { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Routing.ConfirmedLabel> ConfirmedLabels { get; }

    DbSet<PublicHoliday> PublicHolidays { get; }

    DbSet<Reception.ReceptionVisit> ReceptionVisits { get; }

    DbSet<SubmissionDeadline> SubmissionDeadlines { get; }

    DbSet<DeadlineReminder> DeadlineReminders { get; }
    DbSet<Session> Sessions { get; }

    DbSet<VoterMeeting> VoterMeetings { get; }

    DbSet<VoterOpinion> VoterOpinions { get; }

    DbSet<Consolidation.ConsolidatedItem> ConsolidatedItems { get; }

    DbSet<SessionReports.ReportVersion> ReportVersions { get; }

    DbSet<SessionReports.ReportRecipient> ReportRecipients { get; }

    DbSet<SessionReports.ReportDispatch> ReportDispatches { get; }

    DbSet<OutboxEmailAttachment> OutboxEmailAttachments { get; }

    DbSet<OpinionComment> OpinionComments { get; }

    DbSet<Routing.RoutingRuleEntry> RoutingRules { get; }

    DbSet<Routing.RoutingTableRevision> RoutingTableRevisions { get; }

    DbSet<Routing.RoutingModelVersion> RoutingModelVersions { get; }

    /// <summary>Saves all pending changes in one transaction.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets tracked entities, e.g. after a failed save, so that a retry starts clean.</summary>
    void DiscardChanges();
}
