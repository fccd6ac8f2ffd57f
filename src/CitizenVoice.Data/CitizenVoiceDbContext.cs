using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CitizenVoice.Data;

public sealed class CitizenVoiceDbContext(DbContextOptions<CitizenVoiceDbContext> options)
    : IdentityDbContext<CitizenVoiceUser>(options), ICitizenVoiceDb, IDataProtectionKeyContext
{
    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Commune> Communes => Set<Commune>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionStatusChange> SubmissionStatusChanges => Set<SubmissionStatusChange>();

    public DbSet<SubmissionAttachment> SubmissionAttachments => Set<SubmissionAttachment>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<OrganisationUnit> OrganisationUnits => Set<OrganisationUnit>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Core.Routing.ConfirmedLabel> ConfirmedLabels => Set<Core.Routing.ConfirmedLabel>();

    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();

    public DbSet<Core.Reception.ReceptionVisit> ReceptionVisits => Set<Core.Reception.ReceptionVisit>();

    public DbSet<SubmissionDeadline> SubmissionDeadlines => Set<SubmissionDeadline>();

    public DbSet<DeadlineReminder> DeadlineReminders => Set<DeadlineReminder>();
    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<VoterMeeting> VoterMeetings => Set<VoterMeeting>();

    public DbSet<VoterOpinion> VoterOpinions => Set<VoterOpinion>();

    public DbSet<Core.Consolidation.ConsolidatedItem> ConsolidatedItems => Set<Core.Consolidation.ConsolidatedItem>();

    public DbSet<Core.SessionReports.ReportVersion> ReportVersions => Set<Core.SessionReports.ReportVersion>();

    public DbSet<Core.SessionReports.ReportRecipient> ReportRecipients => Set<Core.SessionReports.ReportRecipient>();

    public DbSet<Core.SessionReports.ReportDispatch> ReportDispatches => Set<Core.SessionReports.ReportDispatch>();

    public DbSet<OutboxEmailAttachment> OutboxEmailAttachments => Set<OutboxEmailAttachment>();

    public DbSet<OpinionComment> OpinionComments => Set<OpinionComment>();

    public DbSet<Core.Routing.RoutingRuleEntry> RoutingRules => Set<Core.Routing.RoutingRuleEntry>();

    public DbSet<Core.Routing.RoutingTableRevision> RoutingTableRevisions => Set<Core.Routing.RoutingTableRevision>();

    public DbSet<Core.Routing.RoutingModelVersion> RoutingModelVersions => Set<Core.Routing.RoutingModelVersion>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every web node (antiforgery, cookies, download links).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public void DiscardChanges() => ChangeTracker.Clear();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // The audit log is append-only: no code path may change or remove what it recorded.
    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CitizenVoiceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot compare or sort the text form EF would store;
        // all our times are UTC, so a sortable 64-bit number keeps WHERE and ORDER BY working there.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
