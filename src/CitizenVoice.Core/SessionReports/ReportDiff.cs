namespace CitizenVoice.Core.SessionReports;

/// <summary>What a report version changed against the one before it: items added, removed, re-worded or recounted.</summary>
public sealed record ReportDiff(
    IReadOnlyList<SnapshotItem> Added,
    IReadOnlyList<SnapshotItem> Removed,
    IReadOnlyList<(SnapshotItem Before, SnapshotItem After)> SummaryChanged,
    IReadOnlyList<(SnapshotItem Before, SnapshotItem After)> CountsChanged)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && SummaryChanged.Count == 0 && CountsChanged.Count == 0;

    public static ReportDiff Between(ReportSnapshot before, ReportSnapshot after)
    {
        var old = before.Items.ToDictionary(i => i.ItemId);
        var now = after.Items.ToDictionary(i => i.ItemId);
        var kept = after.Items.Where(i => old.ContainsKey(i.ItemId)).Select(i => (Before: old[i.ItemId], After: i)).ToList();
        return new ReportDiff(
            after.Items.Where(i => !old.ContainsKey(i.ItemId)).ToList(),
            before.Items.Where(i => !now.ContainsKey(i.ItemId)).ToList(),
            kept.Where(p => p.Before.Summary != p.After.Summary).ToList(),
            kept.Where(p => p.Before.OpinionCount != p.After.OpinionCount || p.Before.MeetingCount != p.After.MeetingCount
                || p.Before.CommuneCount != p.After.CommuneCount).ToList());
    }
}
