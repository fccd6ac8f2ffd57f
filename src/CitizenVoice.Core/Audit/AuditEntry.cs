namespace CitizenVoice.Core.Audit;

/// <summary>
/// One line of the append-only audit log: sign-ins, workflow steps, exports and every view of personal data
/// (Luật BVDLCN 2025: processing log; Luật Tố cáo Art. 47: access to a denouncer's identity).
/// The context refuses to update or delete these rows.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 60;
    public const int SubjectMaxLength = 80;
    public const int DetailsMaxLength = 2000;

    public AuditEntry(DateTimeOffset at, string? actorUserId, string? actorName, string action, string? subjectType, string? subjectId, string? details, string? ipAddress)
    {
        Id = Guid.CreateVersion7(at);
        At = at;
        ActorUserId = actorUserId;
        ActorName = actorName;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Details = details is { Length: > DetailsMaxLength } ? details[..DetailsMaxLength] : details;
        IpAddress = ipAddress;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? ActorUserId { get; private set; }

    /// <summary>Kept as written at the time, so the log reads correctly after an account is renamed or removed.</summary>
    public string? ActorName { get; private set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; }

    public string? SubjectType { get; private set; }

    public string? SubjectId { get; private set; }

    public string? Details { get; private set; }

    public string? IpAddress { get; private set; }
}
