using CitizenVoice.Classification.Routing;

namespace CitizenVoice.Classification.Tests.Routing;

public class RoutingTableTests
{
    private static readonly RoutingTable Table = RoutingTable.LoadDefault();

    [Fact]
    public void RoutesPowerOutageToPowerCompanyWhateverTheTopic()
    {
        var result = Table.Route(new RoutingQuery("Khu phố tôi mất điện liên tục không báo trước", "xay-dung-do-thi", "xa"));

        Assert.Equal("DL-T", result.Agency.Code);
    }

    [Fact]
    public void RoutesWaterPressureWithoutDiacriticsToWaterCompany()
    {
        var result = Table.Route(new RoutingQuery("ap luc nuoc yeu qua, tang 2 khong co nuoc", "xay-dung-do-thi", "tinh"));

        Assert.Equal("CNN-T", result.Agency.Code);
    }

    [Fact]
    public void RoutesHealthInsuranceCardProblemToSocialInsuranceOffice()
    {
        var result = Table.Route(new RoutingQuery("Cử tri đề nghị chấn chỉnh việc cấp thẻ BHYT sai thông tin", "bao-hiem", "tinh"));

        Assert.Equal("BHXH-T", result.Agency.Code);
    }

    [Fact]
    public void KeepsTheCommuneFirstForACommuneItemThatNamesTheSocialInsuranceOffice()
    {
        var result = Table.Route(new RoutingQuery("Danh sách hộ cận nghèo được hỗ trợ thẻ BHYT ở thôn lập chưa đúng", "bao-hiem", "xa"));

        Assert.Equal("UBND-X", result.Agency.Code);
        Assert.Equal("BHXH-T", result.Alternatives[0].Code);
    }

    [Theory]
    [InlineData("Ban công tác Mặt trận thôn chia quà cứu trợ sau lũ không họp dân bình xét", "khac", "xa", "MTTQ-X")]
    [InlineData("Số tiền ủng hộ đồng bào vùng lũ của tỉnh đến nay chưa công khai", "khac", "tinh", "MTTQ-T")]
    [InlineData("Đề nghị phát huy vai trò giám sát của Mặt trận đối với cán bộ sau sáp nhập", "khac", "trung-uong", "MTTQTW")]
    [InlineData("Con tôi đi làm việc ở nước ngoài bị tai nạn, xin hỗ trợ bảo hộ công dân và đưa thi hài về nước", "khac", "trung-uong", "BNG")]
    [InlineData("Cử tri chưa biết đại biểu Quốc hội của tỉnh mình là ai, không có số điện thoại để gửi ý kiến", "khac", "tinh", "DDBQH-T")]
    [InlineData("Tra cứu thẻ bảo hiểm y tế trên VNeID hay lỗi, người già phải giữ thẻ giấy", "bao-hiem", "trung-uong", "BHXHVN")]
    [InlineData("Có thẻ bảo hiểm y tế mà bệnh viện tỉnh vẫn thu thêm tiền giường", "bao-hiem", "tinh", "SYT")]
    [InlineData("Trụ sở tiếp công dân của tỉnh không có chỗ ngồi chờ, lịch tiếp công dân không niêm yết", "khieu-nai-to-cao", "tinh", "BTCD-T")]
    [InlineData("Con tôi đang học đại học vẫn bị gọi khám tuyển nghĩa vụ quân sự", "an-ninh-trat-tu", "xa", "UBND-X")]
    public void RoutesABodyTheTextNamesByItsWork(string text, string topic, string level, string agency)
    {
        Assert.Equal(agency, Table.Route(new RoutingQuery(text, topic, level)).Agency.Code);
    }

    [Fact]
    public void OffersTheTourismDepartmentAfterTheCultureDepartmentForTouristTraps()
    {
        var result = Table.Route(new RoutingQuery("Du khách bị chặt chém giá hải sản ở bãi biển", "van-hoa-the-thao-du-lich", "tinh"));

        Assert.Equal("SVHTTDL", result.Agency.Code);
        Assert.Equal("SDL", result.Alternatives[0].Code);
    }

    [Fact]
    public void MapsOldMinistryNameToCurrentMinistry()
    {
        var result = Table.Route(new RoutingQuery("Cử tri kiến nghị Bộ GTVT sớm đầu tư cầu", "khac", "trung-uong"));

        Assert.Equal("BXD", result.Agency.Code);
    }

    [Fact]
    public void UsesTopicAndLevelTableWhenNoKeywordFires()
    {
        var result = Table.Route(new RoutingQuery("Đề nghị tu bổ di tích quốc gia", "van-hoa-the-thao-du-lich", "trung-uong"));

        Assert.Equal("BVHTTDL", result.Agency.Code);
    }

    [Fact]
    public void ReturnsAtMostTwoDistinctAlternativesBestFirst()
    {
        var result = Table.Route(new RoutingQuery("Đường tỉnh lộ xuống cấp", "giao-thong", "tinh", "xay-dung-do-thi", "xa"));

        Assert.InRange(result.Alternatives.Count, 1, 2);
        Assert.DoesNotContain(result.Agency, result.Alternatives);
        Assert.Equal(result.Alternatives.Count, result.Alternatives.Distinct().Count());
        Assert.Equal("SXD", result.Agency.Code);
    }

    [Fact]
    public void CommuneLabelIsMatchedByAnyCommuneLevelOffice()
    {
        var agencies = Table.Agencies;

        Assert.True(agencies.Matches("CA-X", "UBND-X"));
        Assert.True(agencies.Matches("PKTHTDT-P", "UBND-X"));
        Assert.False(agencies.Matches("UBND-T", "UBND-X"));
        Assert.True(agencies.Matches("VP-UBND-T", "UBND-T"));
        Assert.False(agencies.Matches("SXD", "UBND-T"));
    }

    [Fact]
    public void AcceptsRulesFromAnotherSourceSuchAsTheDatabase()
    {
        var rules = new[]
        {
            new RoutingRule(RuleKind.Table, "giao-duc", "tinh", null, [], ["SGDDT", "UBND-T"]),
        };
        var table = new RoutingTable(rules, AgencyDirectory.LoadEmbedded(), ProvinceDirectory.LoadEmbedded());

        var result = table.Route(new RoutingQuery("Thiếu giáo viên", "giao-duc", "tinh"));

        Assert.Equal("SGDDT", result.Agency.Code);
        Assert.Equal("UBND-T", Assert.Single(result.Alternatives).Code);
    }

    [Fact]
    public void RejectsRulesThatNameUnknownAgencies()
    {
        var rules = new[] { new RoutingRule(RuleKind.Table, "khac", "tinh", null, [], ["NO-SUCH"]) };

        Assert.Throws<InvalidOperationException>(() => new RoutingTable(rules, AgencyDirectory.LoadEmbedded(), ProvinceDirectory.LoadEmbedded()));
    }

    [Fact]
    public void DetectsProvinceByFormerProvinceName()
    {
        var provinces = ProvinceDirectory.LoadEmbedded();

        Assert.Equal("79", provinces.Detect("cu tri binh duong de nghi"));
        Assert.Equal("01", provinces.Detect("cu tri thanh pho ha noi"));
    }

    [Fact]
    public void KeepsTheCommuneOfficeAmongTheAnswersWhenAKeywordOverridesACommuneItem()
    {
        var result = Table.Route(new RoutingQuery("Khu phố tôi mất điện liên tục không báo trước", "cong-thuong-dien", "xa", SecondLevel: "tinh"));

        Assert.Equal("DL-T", result.Agency.Code);
        Assert.Contains(result.Alternatives, a => a.Code == "UBND-X");
        Assert.Equal(RoutingTable.MaxAlternatives, result.Alternatives.Count);
    }

    [Fact]
    public void PutsTheRunnerUpTopicsBodyAmongTheAnswersWhenTheTopicIsUnsure()
    {
        var query = new RoutingQuery("Trường học thiếu nhân viên y tế học đường", "giao-duc", "tinh", "y-te", "xa")
        {
            TopicConfidence = 0.5f,
            SecondTopicConfidence = 0.45f,
            LevelConfidence = 0.95f,
            SecondLevelConfidence = 0.05f,
        };

        var result = Table.Route(query);

        Assert.Equal("SGDDT", result.Agency.Code);
        Assert.Equal("SYT", result.Alternatives[0].Code);
    }

    [Fact]
    public void PrefersTheRunnerUpTopicsBodyToThePredictedRowsSecondBody()
    {
        // Even a fairly sure topic is wrong often enough that the runner-up topic's primary (SYT) is likelier to be
        // the answer than the predicted row's second body (SNV); the runner-up level's primary (UBND-X) stays.
        var query = new RoutingQuery("Trường học thiếu nhân viên y tế học đường", "giao-duc", "tinh", "y-te", "xa")
        {
            TopicConfidence = 0.85f,
            SecondTopicConfidence = 0.1f,
            LevelConfidence = 0.97f,
            SecondLevelConfidence = 0.03f,
        };

        var result = Table.Route(query);

        Assert.Equal("SGDDT", result.Agency.Code);
        Assert.Equal(["SYT", "UBND-X"], result.Alternatives.Select(a => a.Code));
    }

    [Fact]
    public void RanksABodyThatBothLikelyTopicsShareFirst()
    {
        var query = new RoutingQuery("Sạt lở đất ven sông lấn vào đất ở", "moi-truong", "tinh", "dat-dai", "xa")
        {
            TopicConfidence = 0.5f,
            SecondTopicConfidence = 0.4f,
            LevelConfidence = 0.55f,
            SecondLevelConfidence = 0.45f,
        };

        var result = Table.Route(query);

        Assert.Equal("SNNMT", result.Agency.Code);
        Assert.Equal("UBND-X", result.Alternatives[0].Code);
    }

    [Fact]
    public void OffersTheRunnerUpLevelsBodyAsFirstAlternative()
    {
        var result = Table.Route(new RoutingQuery("Đường bị sụt lún, ổ gà nhiều", "giao-thong", "tinh", SecondLevel: "trung-uong"));

        Assert.Equal("SXD", result.Agency.Code);
        Assert.Equal("BXD", result.Alternatives[0].Code);
    }
}
