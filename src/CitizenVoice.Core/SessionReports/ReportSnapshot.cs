using System.Text.Json;

namespace CitizenVoice.Core.SessionReports;

/// <summary>The figures of a report version, per item, as printed; compared with <see cref="ReportDiff"/>.</summary>
public sealed record ReportSnapshot(int MeetingCount, int VoterCount, int OpinionCount, IReadOnlyList<SnapshotItem> Items)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ReportSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty report snapshot.");
}
