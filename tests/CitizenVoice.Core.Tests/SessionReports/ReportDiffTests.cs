using CitizenVoice.Core.SessionReports;

namespace CitizenVoice.Core.Tests.SessionReports;

public sealed class ReportDiffTests
{
    private static readonly Guid Kept = Guid.Parse("0c7d2f7e-3f39-4c36-9a8e-6f1e4f0b1a01");
    private static readonly Guid Dropped = Guid.Parse("0c7d2f7e-3f39-4c36-9a8e-6f1e4f0b1a02");
    private static readonly Guid Recounted = Guid.Parse("0c7d2f7e-3f39-4c36-9a8e-6f1e4f0b1a03");
    private static readonly Guid New = Guid.Parse("0c7d2f7e-3f39-4c36-9a8e-6f1e4f0b1a04");

    [Fact]
    public void ReportsAddedRemovedRewordedAndRecountedItems()
    {
        var before = new ReportSnapshot(3, 400, 6, [
            new SnapshotItem(Kept, 1, "B", "Lĩnh vực y tế (Bộ Y tế)", "Hỗ trợ bảo hiểm y tế hộ cận nghèo.", 3, 3, 3),
            new SnapshotItem(Dropped, 2, "B", "Lĩnh vực điện (EVN)", "Cắt điện không báo trước.", 1, 1, 1),
            new SnapshotItem(Recounted, 3, "C", "Lĩnh vực giao thông (Sở Xây dựng)", "Sửa đường Trần Khánh Dư.", 2, 2, 2)]);
        var after = new ReportSnapshot(3, 400, 8, [
            new SnapshotItem(Kept, 1, "B", "Lĩnh vực y tế (Bộ Y tế)", "Cử tri đề nghị hỗ trợ 100% bảo hiểm y tế cho hộ cận nghèo.", 3, 3, 3),
            new SnapshotItem(Recounted, 2, "C", "Lĩnh vực giao thông (Sở Xây dựng)", "Sửa đường Trần Khánh Dư.", 3, 3, 2),
            new SnapshotItem(New, 3, "C", "Lĩnh vực giáo dục (Sở Giáo dục và Đào tạo)", "Xây thêm trường tiểu học.", 2, 1, 1)]);

        var diff = ReportDiff.Between(ReportSnapshot.FromJson(before.ToJson()), after);

        Assert.Equal([New], diff.Added.Select(i => i.ItemId));
        Assert.Equal([Dropped], diff.Removed.Select(i => i.ItemId));
        Assert.Equal([Kept], diff.SummaryChanged.Select(p => p.After.ItemId));
        Assert.Equal([Recounted], diff.CountsChanged.Select(p => p.After.ItemId));
        Assert.False(diff.IsEmpty);
        Assert.True(ReportDiff.Between(after, after).IsEmpty);
    }
}
