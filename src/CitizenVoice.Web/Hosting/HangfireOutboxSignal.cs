using CitizenVoice.Core.Email;
using Hangfire;

namespace CitizenVoice.Web.Hosting;

/// <summary>Starts the outbox sweep soon after emails are committed; the minutely recurring sweep covers lost signals.</summary>
public sealed class HangfireOutboxSignal(IBackgroundJobClient jobs, ILogger<HangfireOutboxSignal> logger)
    : CoalescingJobSignal(logger), IOutboxSignal
{
    public void EmailQueued(Guid outboxEmailId) => Signal();

    protected override void Enqueue() => jobs.Enqueue<EmailOutboxSweepJob>(j => j.RunAsync(CancellationToken.None));

    protected override string EnqueueFailedMessage => "Could not enqueue the outbox sweep; the recurring sweep will send the emails";
}
