namespace CitizenVoice.Core.SessionReports;

/// <summary>
/// Who receives a session's report by email, per competence (NQLT 72/2025): central items go to the Ủy ban Dân nguyện
/// và Giám sát and the Đoàn Chủ tịch UBTƯ MTTQVN, local items to the Thường trực HĐND and local bodies.
/// </summary>
public sealed class ReportRecipient
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;

    private ReportRecipient()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public string OwnerUnitCode { get; private set; } = "";

    /// <summary>True for recipients of the local-competence items.</summary>
    public bool ForLocalItems { get; private set; }

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static ReportRecipient Add(Guid sessionId, string ownerUnitCode, bool forLocalItems, string name, string email, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SessionId = sessionId,
        OwnerUnitCode = ownerUnitCode,
        ForLocalItems = forLocalItems,
        Name = name,
        Email = email,
        CreatedAt = now,
    };
}
