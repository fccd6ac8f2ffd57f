using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Email;

/// <summary>
/// Recurring: sends every outbox email that is due (new, or whose back-off has passed). This is what makes the outbox
/// survive a restart of an in-memory job queue or an SMTP outage.
/// </summary>
[AutomaticRetry(Attempts = 0)]
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class EmailOutboxSweepJob(ICitizenVoiceDb db, SendEmailJob sendEmail, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <summary>Returns how many emails were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.SentAt == null && e.GaveUpAt == null && e.NextAttemptAt <= now
                && (e.LockedUntil == null || e.LockedUntil < now))
            .OrderBy(e => e.NextAttemptAt)
            .Select(e => e.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            db.DiscardChanges();
            if (await sendEmail.RunAsync(id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }
}
