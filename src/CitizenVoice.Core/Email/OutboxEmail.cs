namespace CitizenVoice.Core.Email;

/// <summary>
/// An email waiting to be sent. It is written in the same transaction as what caused it, so an acknowledged
/// submission always has its receipt queued; <see cref="SendEmailJob"/> drains the table.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxAttempts = 12;
    public const int LastErrorMaxLength = 1000;

    private OutboxEmail()
    {
        ToAddress = Subject = TextBody = "";
    }

    public OutboxEmail(string toAddress, string? toName, string subject, string textBody, DateTimeOffset now, Guid? submissionId = null)
    {
        Id = Guid.CreateVersion7(now);
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        CreatedAt = now;
        NextAttemptAt = now;
        SubmissionId = submissionId;
    }

    public Guid Id { get; private set; }

    public string ToAddress { get; private set; }

    public string? ToName { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public Guid? SubmissionId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A worker that claimed the row holds it until then; another worker skips it meanwhile.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Set when every attempt failed; an administrator can see and re-queue it.</summary>
    public DateTimeOffset? GaveUpAt { get; private set; }

    public string? LastError { get; private set; }

    public EmailMessage ToMessage(IReadOnlyList<EmailAttachment>? attachments = null) => new(Id, ToAddress, ToName, Subject, TextBody, attachments);

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        LockedUntil = null;
        LastError = null;
        Attempts++;
    }

    /// <summary>Records a failed attempt and schedules the next with exponential back-off: 1, 2, 4 … minutes, at most 6 hours.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LockedUntil = null;
        LastError = error.Length > LastErrorMaxLength ? error[..LastErrorMaxLength] : error;
        if (Attempts >= MaxAttempts)
        {
            GaveUpAt = now;
            return;
        }

        var minutes = Math.Min(360, Math.Pow(2, Attempts - 1));
        NextAttemptAt = now.AddMinutes(minutes);
    }
}
