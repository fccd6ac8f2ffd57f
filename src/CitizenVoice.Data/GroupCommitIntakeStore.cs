using System.Threading.Channels;
using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Data;

/// <summary>
/// Group commit for intake. Each request's entities wait in a queue; a few writer loops take whatever has queued up
/// (up to <see cref="DatabaseOptions.IntakeBatchSize"/>) and store it with one SaveChanges, so a burst of submissions
/// costs one transaction and a few round trips instead of one transaction each. Nothing waits for a batch to fill:
/// a lone submission is written at once, and batches form only while a previous commit is in flight. A request is
/// answered after its batch commits. If a shared commit fails, each request of the batch is stored alone, so the
/// failure reaches only the request that caused it (for example a duplicate idempotency key).
/// </summary>
public sealed class GroupCommitIntakeStore : IIntakeStore, IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(4096) { SingleReader = false, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<GroupCommitIntakeStore> _logger;
    private readonly int _batchSize;
    private readonly DatabaseProvider _provider;
    private readonly Task[] _writers;
    private readonly CancellationTokenSource _stopping = new();

    public GroupCommitIntakeStore(IServiceScopeFactory scopes, DatabaseOptions options, ILogger<GroupCommitIntakeStore> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _batchSize = Math.Max(1, options.IntakeBatchSize);
        _provider = options.Provider;
        // SQLite has one writer at a time: a second loop would only wait on the file lock.
        var writers = options.Provider == DatabaseProvider.Sqlite ? 1 : Math.Max(1, options.IntakeWriters);
        _writers = Enumerable.Range(0, writers).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    public async Task StoreAsync(IReadOnlyList<object> entities, CancellationToken cancellationToken)
    {
        var pending = new Pending(entities);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        // Not cancellable once queued: the write goes on even if the client leaves, so what is stored is consistent.
        await pending.Stored.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_writers).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync();
        }

        _stopping.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(_batchSize);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < _batchSize && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count > 0)
            {
                await WriteBatchAsync(batch);
            }
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        try
        {
            await SaveAsync(batch.SelectMany(p => p.Entities));
            foreach (var pending in batch)
            {
                pending.Stored.TrySetResult();
            }

            return;
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            _logger.LogDebug(ex, "A shared intake commit of {Count} submissions failed; storing them one by one", batch.Count);
        }
        catch (Exception ex)
        {
            batch[0].Stored.TrySetException(ex);
            return;
        }

        foreach (var pending in batch)
        {
            try
            {
                await SaveAsync(pending.Entities);
                pending.Stored.TrySetResult();
            }
            catch (Exception ex)
            {
                pending.Stored.TrySetException(ex);
            }
        }
    }

    private async Task SaveAsync(IEnumerable<object> entities)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CitizenVoiceDbContext>();
        // The entities are new and unchanged since they were made: scanning them for changes is wasted work.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AddRange(entities);
            await AddedRowsWriter.SaveAsync(db, _provider, _logger, _stopping.Token);
        }
        finally
        {
            // A failed batch is retried item by item on a fresh context; nothing stays attached to this pooled one.
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private sealed class Pending(IReadOnlyList<object> entities)
    {
        public IReadOnlyList<object> Entities { get; } = entities;

        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
