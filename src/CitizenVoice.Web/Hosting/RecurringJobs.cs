using CitizenVoice.Classification.Retraining;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.VoterMeetings;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Web.Hosting;

/// <summary>Every recurring job, with stable ids (renaming one would leave the old schedule behind in shared storage).</summary>
public static class RecurringJobs
{
    public const string EmailOutboxSweep = "email-outbox-sweep";
    public const string DeadlineReminders = "deadline-reminders";
    public const string SessionReportReminders = "session-report-reminders";
    public const string ClassifyPendingSubmissions = "classify-pending-submissions";
    public const string RetrainRoutingModel = "retrain-routing-model";

    public static WebApplication UseRecurringJobs(this WebApplication app)
    {
        var options = app.Configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        if (!options.RunServer)
        {
            return app;
        }

        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<EmailOutboxSweepJob>(EmailOutboxSweep, j => j.RunAsync(CancellationToken.None), Cron.Minutely());

        // 07:00 in Hà Nội, before the working day; a rerun the same day sends nothing new (DeadlineReminder rows).
        recurring.AddOrUpdate<DeadlineReminderJob>(DeadlineReminders, j => j.RunAsync(CancellationToken.None), "0 7 * * *",
            new RecurringJobOptions { TimeZone = VietnamTimeZone() });
        // 07:00 Vietnam time: compilers find the reminder when they start the day.
        recurring.AddOrUpdate<SessionReportReminderJob>(SessionReportReminders, j => j.RunAsync(CancellationToken.None), Cron.Daily(0));
        recurring.AddOrUpdate<ClassifyPendingSubmissionsJob>(ClassifyPendingSubmissions, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
        var classifier = app.Services.GetRequiredService<IOptions<ClassifierOptions>>().Value;
        recurring.AddOrUpdate<RetrainRoutingModelJob>(RetrainRoutingModel, RetrainRoutingModelJob.QueueName,
            j => j.RunAsync(null, null, CancellationToken.None), classifier.RetrainSchedule);
        return app;
    }

    private static TimeZoneInfo VietnamTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }

    public static IEndpointConventionBuilder MapJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboardWithAuthorizationPolicy(AuthorizationPolicies.Administrator, "/admin/jobs",
            new DashboardOptions { DashboardTitle = "CitizenVoice – công việc nền", AppPath = "/" });
}
