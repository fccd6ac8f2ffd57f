using System.Threading.Channels;
using CitizenVoice.Core.Email;
using Hangfire;

namespace CitizenVoice.Web.Hosting;

/// <summary>
/// Starts the outbox sweep soon after emails are committed. Signals are coalesced: a burst of a thousand submissions
/// enqueues a handful of sweep jobs, not a thousand jobs, which keeps intake fast on a shared job queue. Losing a
/// signal loses nothing: the minutely recurring sweep finds every unsent row.
/// </summary>
public sealed class HangfireOutboxSignal(IBackgroundJobClient jobs, ILogger<HangfireOutboxSignal> logger)
    : BackgroundService, IOutboxSignal
{
    /// <summary>How long signals are gathered before one sweep is enqueued.</summary>
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMilliseconds(200);

    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void EmailQueued(Guid outboxEmailId) => _signals.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _signals.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(CoalesceWindow, stoppingToken);
                _signals.Reader.TryRead(out _);
                try
                {
                    jobs.Enqueue<EmailOutboxSweepJob>(j => j.RunAsync(CancellationToken.None));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not enqueue the outbox sweep; the recurring sweep will send the emails");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; committed emails wait for the next start's sweep.
        }
    }
}
