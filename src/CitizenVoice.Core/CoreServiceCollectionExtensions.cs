using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Submissions.Inbox;
using CitizenVoice.Core.Units;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenVoice.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Use cases and jobs of Core. The host supplies ICitizenVoiceDb, IAttachmentStore, IEmailSender, IOutboxSignal, IClassificationSignal and IRoutingClassifier.</summary>
    public static IServiceCollection AddCitizenVoiceCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.SectionName));
        // A wrong override of a "[verify]" limit must stop the start, not the first dashboard that computes a deadline.
        services.AddOptions<DeadlineOptions>()
            .Bind(configuration.GetSection(DeadlineOptions.SectionName))
            .Validate(o => DeadlineRules.ConfigurationError(o) is null, "Invalid Deadlines configuration: unknown rule id or a day count below 1.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PlaceCatalog>();
        services.AddSingleton<WorkingDayCalendarCache>();
        services.AddSingleton<IHolidayCalendarProvider>(sp => sp.GetRequiredService<WorkingDayCalendarCache>());
        services.AddScoped<PlaceDirectory>();
        services.AddSingleton<AgencyCatalog>();
        services.AddSingleton<UnitFactory>();
        services.AddScoped<UnitDirectory>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<Routing.TopicCatalog>();
        services.AddScoped<Routing.ConfirmRouting>();
        services.AddScoped<SubmissionIntake>();
        services.AddScoped<CreateSubmission>();
        services.AddScoped<Reception.RecordReceptionVisit>();
        services.AddScoped<Reception.FindEarlierVisits>();

        services.AddScoped<SubmissionClocks>();
        services.AddScoped<DeadlineReminderJob>();
        services.AddScoped<Submissions.Workflow.SubmissionWorkflow>();
        services.AddScoped<SubmissionInbox>();
        services.AddScoped<StartProcessing>();
        services.AddScoped<RecordEligibility>();
        services.AddScoped<MarkDuplicate>();
        services.AddScoped<AcceptSubmission>();
        services.AddScoped<ForwardSubmission>();
        services.AddScoped<GuideSubmitter>();
        services.AddScoped<ArchiveSubmission>();
        services.AddScoped<AssignStaff>();
        services.AddScoped<DecideComplexity>();
        services.AddScoped<ChangeSubmissionKind>();
        services.AddScoped<ExtendDeadline>();
        services.AddScoped<AnswerSubmission>();
        services.AddScoped<RevealSubmitter>();
        services.AddScoped<BuildForwardingSlip>();
        services.AddScoped<Routing.SaveRoutingRule>();
        services.AddScoped<Routing.DeleteRoutingRule>();
        services.AddScoped<Routing.AddShippedRoutingRules>();
        services.AddScoped<Routing.ActivateRoutingModelVersion>();
        services.AddScoped<SavePublicHoliday>();
        services.AddScoped<DeletePublicHoliday>();
        services.AddScoped<SetRemoteArea>();
        services.AddScoped<LookupSubmission>();
        services.AddScoped<VoterMeetings.SaveSession>();
        services.AddScoped<VoterMeetings.SaveVoterMeeting>();
        services.AddScoped<VoterMeetings.PublishVoterMeeting>();
        services.AddScoped<VoterMeetings.RecordOpinion>();
        services.AddScoped<VoterMeetings.EditOpinion>();
        services.AddScoped<VoterMeetings.DeleteOpinion>();
        services.AddScoped<VoterMeetings.ConfirmOpinionRouting>();
        services.AddScoped<VoterMeetings.CommentOnOpinion>();
        services.AddScoped<VoterMeetings.ImportOpinions>();
        services.AddScoped<VoterMeetings.SendOnlineOpinion>();
        services.AddScoped<VoterMeetings.FindSimilarAnswers>();
        services.AddSingleton<VoterMeetings.SimilarAnswerIndexCache>();
        services.AddScoped<VoterMeetings.SessionReportReminderJob>();
        services.AddConsolidation();
        services.AddScoped<SendEmailJob>();
        services.AddScoped<EmailOutboxSweepJob>();
        services.AddScoped<Routing.ClassifyPendingSubmissionsJob>();
        return services;
    }
}
