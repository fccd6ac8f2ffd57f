using CitizenVoice.Core.Submissions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Core.Routing;

/// <summary>
/// Classifies every submission still <see cref="RoutingStatus.Pending"/>, in batches. Intake never waits for the
/// classifier: the status is the queue, a coalesced signal starts this job after intake, and a recurring run picks up
/// whatever a crash left. Safe to run twice or on two nodes at once: only Pending rows are loaded, the suggestion is
/// applied through <see cref="Submission.ApplySuggestion"/> (which never touches a confirmed routing), and the update
/// carries the row's concurrency token, so a staff confirmation saved meanwhile wins and the row is re-read.
/// </summary>
[AutomaticRetry(Attempts = 3)]
[DisableConcurrentExecution(timeoutInSeconds: 120)]
public sealed class ClassifyPendingSubmissionsJob(ICitizenVoiceDb db, IRoutingClassifier classifier, TimeProvider clock, ILogger<ClassifyPendingSubmissionsJob> logger)
{
    public const int BatchSize = 200;

    /// <summary>A run stops after this many batches; the next signal or sweep continues.</summary>
    public const int MaxBatchesPerRun = 50;

    /// <summary>Returns how many submissions got a suggestion in this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var classified = 0;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            db.DiscardChanges();
            var pending = await db.Submissions
                .Where(s => s.RoutingStatus == RoutingStatus.Pending)
                .OrderBy(s => s.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                break;
            }

            var applied = await ApplyAsync(pending, cancellationToken);
            classified += applied;
            if (applied == 0 || pending.Count < BatchSize)
            {
                break;
            }
        }

        if (classified > 0)
        {
            logger.LogInformation("Classified {Count} pending submission(s)", classified);
        }

        return classified;
    }

    private async Task<int> ApplyAsync(List<Submission> pending, CancellationToken cancellationToken)
    {
        var suggestions = classifier.SuggestAll(pending.Select(s => s.RoutingText).ToList());
        var now = clock.GetUtcNow();
        var applied = pending.Where((s, i) => s.ApplySuggestion(suggestions[i], now)).Count();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return applied;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed one of the rows meanwhile: redo this batch one row at a time from fresh reads.
            db.DiscardChanges();
            return await ApplyOneByOneAsync(pending.Select(s => s.Id).ToList(), cancellationToken);
        }
    }

    private async Task<int> ApplyOneByOneAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var applied = 0;
        foreach (var id in ids)
        {
            db.DiscardChanges();
            var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id && s.RoutingStatus == RoutingStatus.Pending, cancellationToken);
            if (submission is null || !submission.ApplySuggestion(classifier.Suggest(submission.RoutingText), clock.GetUtcNow()))
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                applied++;
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Submission {Id} changed while it was classified; the next run retries it", id);
            }
        }

        db.DiscardChanges();
        return applied;
    }
}
