namespace CitizenVoice.Core.SessionReports;

/// <summary>
/// One generated session report, kept unchanged: the DOCX and XLSX as sent, a hash of the model they were written
/// from, and a JSON snapshot of each item's number, summary and counts, so a later version can say what changed.
/// </summary>
public sealed class ReportVersion
{
    public const int HashLength = 64;
    public const int GeneratedByNameMaxLength = 200;
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    /// <summary>The reporting unit (the session's owner).</summary>
    public string OwnerUnitCode { get; private set; } = "";

    /// <summary>1, 2, … per session.</summary>
    public int Number { get; private set; }

    public string? GeneratedByUserId { get; private set; }

    public string GeneratedByName { get; private set; } = "";

    public DateTimeOffset GeneratedAt { get; private set; }

    /// <summary>Hex SHA-256 of the report model: equal hashes mean the same report.</summary>
    public string InputHash { get; private set; } = "";

    public int ItemCount { get; private set; }

    public int OpinionCount { get; private set; }

    /// <summary>"Số: 07/BC-ĐĐBQH" as printed, or null when the number was left blank.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>The header form as filled in (<see cref="ReportSettings"/>), the defaults for the next version.</summary>
    public string SettingsJson { get; private set; } = "";

    /// <summary>A <see cref="ReportSnapshot"/> as JSON.</summary>
    public string SnapshotJson { get; private set; } = "";

    public byte[] Docx { get; private set; } = [];

    public byte[] Xlsx { get; private set; } = [];

    public static ReportVersion Store(Guid sessionId, string ownerUnitCode, int number, string? userId, string userName, DateTimeOffset now,
        string inputHash, string reference, string settingsJson, ReportSnapshot snapshot, byte[] docx, byte[] xlsx) => new()
    {
        Id = Guid.CreateVersion7(now),
        SessionId = sessionId,
        OwnerUnitCode = ownerUnitCode,
        Number = number,
        GeneratedByUserId = userId,
        GeneratedByName = userName.Length > GeneratedByNameMaxLength ? userName[..GeneratedByNameMaxLength] : userName,
        GeneratedAt = now,
        InputHash = inputHash,
        ItemCount = snapshot.Items.Count,
        OpinionCount = snapshot.OpinionCount,
        Reference = reference,
        SettingsJson = settingsJson,
        SnapshotJson = snapshot.ToJson(),
        Docx = docx,
        Xlsx = xlsx,
    };

    public ReportSnapshot Snapshot() => ReportSnapshot.FromJson(SnapshotJson);

    /// <summary>"BC-tong-hop-kien-nghi-v3.docx".</summary>
    public string FileName(string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bao-cao-tong-hop-kien-nghi-cu-tri-v{Number}{extension}");
}
