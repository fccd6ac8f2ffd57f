using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Core.Email;

/// <summary>
/// Sends one outbox email. Safe to run twice and on several nodes at once: it first claims the row with a conditional
/// update (only one worker wins), skips rows already sent, and records the outcome. Retries are scheduled in the row
/// (<see cref="OutboxEmail.MarkFailed"/>) and picked up by <see cref="EmailOutboxSweepJob"/>, so Hangfire's own retry is off.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class SendEmailJob(ICitizenVoiceDb db, IEmailSender sender, TimeProvider clock, ILogger<SendEmailJob> logger)
{
    /// <summary>Long enough for a slow SMTP server; a crashed worker's claim expires after it.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);

    /// <summary>Returns true when the email was sent by this run.</summary>
    public async Task<bool> RunAsync(Guid outboxEmailId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimUntil = now.Add(ClaimDuration);
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == outboxEmailId && e.SentAt == null && e.GaveUpAt == null
                && (e.LockedUntil == null || e.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntil, claimUntil), cancellationToken);
        if (claimed == 0)
        {
            logger.LogDebug("Outbox email {Id} is sent, given up or claimed by another worker", outboxEmailId);
            return false;
        }

        var email = await db.OutboxEmails.SingleAsync(e => e.Id == outboxEmailId, cancellationToken);
        var attachments = await db.OutboxEmailAttachments.AsNoTracking()
            .Where(a => a.OutboxEmailId == outboxEmailId)
            .OrderBy(a => a.FileName)
            .ToListAsync(cancellationToken);
        try
        {
            await sender.SendAsync(email.ToMessage([.. attachments.Select(a => a.ToAttachment())]), cancellationToken);
            email.MarkSent(clock.GetUtcNow());
            logger.LogInformation("Sent outbox email {Id}", outboxEmailId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            email.MarkFailed(ex.GetType().Name + ": " + ex.Message, clock.GetUtcNow());
            logger.LogWarning(ex, "Sending outbox email {Id} failed (attempt {Attempts}); next try at {Next}",
                outboxEmailId, email.Attempts, email.NextAttemptAt);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return email.SentAt is not null;
    }
}
