using CitizenVoice.Core.Routing;
using Hangfire;

namespace CitizenVoice.Web.Hosting;

/// <summary>Starts classification soon after submissions are committed; the recurring run covers lost signals.</summary>
public sealed class HangfireClassificationSignal(IBackgroundJobClient jobs, ILogger<HangfireClassificationSignal> logger)
    : CoalescingJobSignal(logger), IClassificationSignal
{
    public void SubmissionReceived(Guid submissionId) => Signal();

    protected override void Enqueue() => jobs.Enqueue<ClassifyPendingSubmissionsJob>(j => j.RunAsync(CancellationToken.None));

    protected override string EnqueueFailedMessage => "Could not enqueue classification; the recurring run will classify the submissions";
}
