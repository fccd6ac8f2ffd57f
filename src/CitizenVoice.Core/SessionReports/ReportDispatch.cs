namespace CitizenVoice.Core.SessionReports;

/// <summary>A report version sent to one recipient: when, by whom, and the outbox email that carries it.</summary>
public sealed class ReportDispatch
{
    private ReportDispatch()
    {
    }

    public Guid Id { get; private set; }

    public Guid ReportVersionId { get; private set; }

    public Guid SessionId { get; private set; }

    public string OwnerUnitCode { get; private set; } = "";

    public string RecipientName { get; private set; } = "";

    public string RecipientEmail { get; private set; } = "";

    public Guid OutboxEmailId { get; private set; }

    public string? SentByUserId { get; private set; }

    public string SentByName { get; private set; } = "";

    /// <summary>When it was queued; the outbox row says when the mail server took it.</summary>
    public DateTimeOffset QueuedAt { get; private set; }

    public static ReportDispatch Record(ReportVersion version, ReportRecipient recipient, Guid outboxEmailId, string? userId, string userName, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ReportVersionId = version.Id,
        SessionId = version.SessionId,
        OwnerUnitCode = version.OwnerUnitCode,
        RecipientName = recipient.Name,
        RecipientEmail = recipient.Email,
        OutboxEmailId = outboxEmailId,
        SentByUserId = userId,
        SentByName = userName.Length > ReportVersion.GeneratedByNameMaxLength ? userName[..ReportVersion.GeneratedByNameMaxLength] : userName,
        QueuedAt = now,
    };
}
