using CitizenVoice.Core.Email;
using Hangfire;

namespace CitizenVoice.Web.Hosting;

/// <summary>Starts sending a committed outbox email at once; the sweep covers a lost enqueue.</summary>
public sealed class HangfireOutboxSignal(IBackgroundJobClient jobs, ILogger<HangfireOutboxSignal> logger) : IOutboxSignal
{
    public void EmailQueued(Guid outboxEmailId)
    {
        try
        {
            jobs.Enqueue<SendEmailJob>(j => j.RunAsync(outboxEmailId, CancellationToken.None));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The row is committed; the recurring sweep will send it. The citizen's request must not fail for this.
            logger.LogWarning(ex, "Could not enqueue outbox email {Id}; the sweep will send it", outboxEmailId);
        }
    }
}
