using System.Threading.Channels;

namespace CitizenVoice.Web.Hosting;

/// <summary>
/// Turns many signals into few jobs: a signal only sets a flag (never blocks the caller, never touches the job
/// storage), and a background loop enqueues one job per <see cref="CoalesceWindow"/> while signals keep coming. A
/// burst of a thousand submissions enqueues a handful of jobs, which keeps intake fast on a shared job queue. Losing a
/// signal loses nothing: the work is recorded in our own tables and a recurring job finds it.
/// </summary>
public abstract class CoalescingJobSignal(ILogger logger) : BackgroundService
{
    /// <summary>How long signals are gathered before one job is enqueued.</summary>
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMilliseconds(200);

    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    protected void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>Enqueues the job that does the work.</summary>
    protected abstract void Enqueue();

    /// <summary>What the log says when enqueueing fails.</summary>
    protected abstract string EnqueueFailedMessage { get; }

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
                    Enqueue();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
#pragma warning disable CA2254 // The message is a constant of the subclass.
                    logger.LogWarning(ex, EnqueueFailedMessage);
#pragma warning restore CA2254
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the committed work waits for the next start's recurring job.
        }
    }
}
