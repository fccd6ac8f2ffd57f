using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;

namespace CitizenVoice.Core.Tests.Consolidation;

public sealed class OpinionClustererTests
{
    private static readonly OpinionClusterer Clusterer = new();

    [Fact]
    public void ParaphrasesWithAndWithoutDiacriticsLandInOneCluster()
    {
        var inputs = new[]
        {
            Input("Cử tri xã Nghi Lộc đề nghị sớm nâng cấp tuyến đường tỉnh 534 đoạn qua xã đã xuống cấp nghiêm trọng, nhiều ổ gà.", "giao-thong", "17560"),
            Input("Tuyến đường tỉnh 534 đoạn qua địa bàn xuống cấp nghiêm trọng, nhiều ổ gà; đề nghị tỉnh sớm nâng cấp.", "giao-thong", "17560"),
            Input("cu tri de nghi nang cap tuyen duong tinh 534 doan qua xa dang xuong cap nghiem trong, nhieu o ga", "giao-thong", "17560"),
            Input("Đề nghị sớm nâng cấp tuyến đường tỉnh 534 đã xuống cấp nghiêm trọng, nhiều ổ gà gây mất an toàn.", "giao-thong", "17560"),
            Input("Cử tri đề nghị tăng mức phụ cấp cho người hoạt động không chuyên trách ở thôn, xóm.", "noi-vu", "17560"),
        };

        var clusters = Clusterer.Cluster(inputs, TestContext.Current.CancellationToken);

        Assert.Equal(2, clusters.Count);
        Assert.Equal(inputs[..4].Select(i => i.Id), clusters[0].MemberIds);
        Assert.Contains(clusters[0].RepresentativeId, clusters[0].MemberIds);
        Assert.InRange(clusters[0].MeanSimilarity, 0.45, 1.0);
        Assert.Equal([inputs[4].Id], clusters[1].MemberIds);
    }

    [Fact]
    public void DifferentIssuesInTheSameCommuneStayApart()
    {
        var inputs = new[]
        {
            Input("Cử tri phường Bến Thủy phản ánh tình trạng ngập úng kéo dài tại đường Nguyễn Du mỗi khi mưa lớn, đề nghị cải tạo hệ thống thoát nước."),
            Input("Cử tri phường Bến Thủy đề nghị xử lý tình trạng lấn chiếm vỉa hè để kinh doanh tại đường Nguyễn Du."),
            Input("Cử tri phường Bến Thủy đề nghị bố trí thêm điểm thu gom rác thải sinh hoạt, rác tồn đọng nhiều ngày gây ô nhiễm."),
            Input("Cử tri phường Bến Thủy kiến nghị sớm chi trả chế độ cho người có công với cách mạng còn chậm."),
        };

        var clusters = Clusterer.Cluster(inputs, TestContext.Current.CancellationToken);

        Assert.Equal(4, clusters.Count);
        Assert.All(clusters, c => Assert.Single(c.MemberIds));
    }

    [Fact]
    public void TheSameIssueInDifferentCommunesClusters()
    {
        var inputs = new[]
        {
            Input("Cử tri xã Diễn Châu đề nghị Chính phủ xem xét tăng mức hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo.", commune: "17110"),
            Input("Cử tri phường Vinh Phú đề nghị tăng mức hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo.", commune: "16681"),
            Input("Cu tri xa Quynh Luu de nghi tang muc ho tro dong bao hiem y te cho ho can ngheo.", commune: "16978"),
            Input("Cử tri xã Diễn Châu đề nghị sửa chữa trạm bơm tưới tiêu bị hỏng trước vụ hè thu.", commune: "17110"),
        };

        var clusters = Clusterer.Cluster(inputs, TestContext.Current.CancellationToken);

        Assert.Equal(2, clusters.Count);
        Assert.Equal(inputs[..3].Select(i => i.Id), clusters[0].MemberIds);
        Assert.Equal(3, clusters[0].CommuneCount);
    }

    [Fact]
    public void TheSameComplaintAboutAnotherRoadIsAnotherIssue()
    {
        var inputs = new[]
        {
            Input("Cử tri đề nghị sớm nâng cấp đường tỉnh 534 đã xuống cấp nghiêm trọng, nhiều ổ gà.", "giao-thong"),
            Input("Đường tỉnh 534 xuống cấp nghiêm trọng, nhiều ổ gà, đề nghị nâng cấp.", "giao-thong"),
            Input("Cử tri đề nghị sớm nâng cấp đường tỉnh 558 đã xuống cấp nghiêm trọng, nhiều ổ gà.", "giao-thong"),
            Input("Cử tri đề nghị sớm nâng cấp cầu Mượu đã xuống cấp nghiêm trọng.", "giao-thong"),
        };

        var clusters = Clusterer.Cluster(inputs, TestContext.Current.CancellationToken);

        Assert.Equal(3, clusters.Count);
        Assert.Equal(inputs[..2].Select(i => i.Id), clusters[0].MemberIds);
    }

    [Fact]
    public void QuotesAnOpinionWrittenWithDiacritics()
    {
        var inputs = new[]
        {
            Input("cu tri de nghi nang cap duong tinh 534 xuong cap nghiem trong"),
            Input("cu tri de nghi nang cap duong tinh 534 xuong cap nghiem trong"),
            Input("Cử tri đề nghị nâng cấp đường tỉnh 534 xuống cấp nghiêm trọng, nhiều ổ gà"),
        };

        var cluster = Assert.Single(Clusterer.Cluster(inputs, TestContext.Current.CancellationToken));

        Assert.Equal(inputs[2].Id, cluster.RepresentativeId);
    }

    [Fact]
    public void RecognisesANameInTextTypedWithoutCapitalsOrDiacritics()
    {
        var inputs = new[]
        {
            Input("Cử tri đề nghị sớm gia cố hồ Vực Mấu bị sạt lở nhiều đoạn trước mùa mưa bão.", "nong-nghiep"),
            Input("cu tri de nghi som gia co ho vuc mau bi sat lo nhieu doan truoc mua mua bao", "nong-nghiep"),
            Input("Cử tri đề nghị sớm gia cố hồ Khe Đá bị sạt lở nhiều đoạn trước mùa mưa bão.", "nong-nghiep"),
        };

        var clusters = Clusterer.Cluster(inputs, TestContext.Current.CancellationToken);

        Assert.Equal(2, clusters.Count);
        Assert.Equal(inputs[..2].Select(i => i.Id), clusters[0].MemberIds);
    }

    [Fact]
    public void OpinionsOfDifferentTopicsAreNeverMerged()
    {
        var inputs = new[]
        {
            Input("Đề nghị nâng cấp tuyến đường liên xã bị xuống cấp.", "giao-thong"),
            Input("Đề nghị nâng cấp tuyến đường liên xã bị xuống cấp.", "xay-dung"),
        };

        Assert.Equal(2, Clusterer.Cluster(inputs, TestContext.Current.CancellationToken).Count);
    }

    [Fact]
    public void GivesTheSameClustersWhateverTheParallelism()
    {
        string[] issues =
        [
            "sửa chữa cầu treo bị hư hỏng, đi lại nguy hiểm",
            "nạo vét kênh tưới tiêu bị bồi lắng",
            "lắp đặt đèn chiếu sáng đường làng",
            "cấp nước sạch cho các hộ dân vùng khô hạn",
            "thu gom rác thải sinh hoạt tồn đọng",
        ];
        string[] frames = ["Cử tri thôn {0} đề nghị {1}.", "Đề nghị chính quyền sớm {1} (thôn {0}).", "Cu tri kien nghi {1}"];
        var inputs = Enumerable.Range(0, 300)
            .Select(k => Input(string.Format(frames[k % 3], k % 7 + 1, k % 3 == 2 ? VietnameseText.Fold(issues[k % 5]) : issues[k % 5])))
            .ToArray();

        var serial = new OpinionClusterer(new OpinionClustererOptions { MaxDegreeOfParallelism = 1 }).Cluster(inputs, TestContext.Current.CancellationToken);
        var parallel = Clusterer.Cluster(inputs, TestContext.Current.CancellationToken);
        var again = Clusterer.Cluster(inputs, TestContext.Current.CancellationToken);

        Assert.Equal(5, serial.Count);
        Assert.Equal(Describe(serial), Describe(parallel));
        Assert.Equal(Describe(parallel), Describe(again));
    }

    [Fact]
    public void IgnoresPlaceNamesGivenInLowerCaseWhenTheCatalogueNamesThem()
    {
        var clusterer = new OpinionClusterer(new OpinionClustererOptions { PlaceNames = ["Xã Hưng Nguyên", "Xã Nam Đàn"] });
        var inputs = new[]
        {
            Input("xa hung nguyen de nghi lap dat den chieu sang"),
            Input("xa nam dan de nghi lap dat den chieu sang"),
            Input("xa hung nguyen de nghi nao vet kenh tuoi"),
        };

        var clusters = clusterer.Cluster(inputs, TestContext.Current.CancellationToken);

        Assert.Equal(2, clusters.Count);
        Assert.Equal(inputs[..2].Select(i => i.Id), clusters[0].MemberIds);
    }

    [Fact]
    public void ReturnsNothingForNoInput() => Assert.Empty(Clusterer.Cluster([], TestContext.Current.CancellationToken));

    [Fact]
    public void KeepsEmptyTextsAsSingleClusters()
    {
        var inputs = new[] { Input(""), Input("   ") };

        var clusters = Clusterer.Cluster(inputs, TestContext.Current.CancellationToken);

        Assert.Equal(2, clusters.Count);
        Assert.All(clusters, c => Assert.Equal(1.0, c.MeanSimilarity));
    }

    private static ClusterInput Input(string text, string? topic = null, string? commune = null) =>
        new(Guid.NewGuid(), text, topic, "40", commune);

    private static string[] Describe(IReadOnlyList<OpinionCluster> clusters) =>
        [.. clusters.Select(c => string.Join(',', c.MemberIds) + "|" + c.RepresentativeId + "|" + c.MeanSimilarity.ToString("F6"))];
}
