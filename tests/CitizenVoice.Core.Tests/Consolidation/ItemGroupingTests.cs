using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Tests.Consolidation;

public sealed class ItemGroupingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly Session Hanoi = Session.Plan(SessionBody.NationalAssembly, "XVI", 2, UnitCodes.Central, "01.VP-DBQH-HDND-T", null,
        new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 31), null, Now);

    private static readonly VoterMeeting Meeting = VoterMeeting.Plan(Hanoi, new VoterMeetingDetails(MeetingPhase.BeforeSession, new DateOnly(2026, 12, 1), null,
        "Hội trường UBND phường Hoàn Kiếm", "01", "00070", "01.DDBQH-T", [], 100, null, VoterMeetingStatus.Held), null, Now);

    private static ConsolidatedItem Item(string summary, string topic, string level, string agency, int sortKey, string? unit = null)
    {
        var opinion = VoterOpinion.Record(Meeting, new OpinionText(null, null, summary, 1, false, null), null, null, Now);
        var item = ConsolidatedItem.Compile(Hanoi, summary, opinion, sortKey, null, Now);
        item.Edit(summary, topic, level, agency, unit, Now);
        return item;
    }

    [Fact]
    public void PutsCentralGroupsFirstInTheOrderOfTheAgencyListThenLocalOnesAndSortsItemsByKey()
    {
        var grouping = new ItemGrouping(new AgencyCatalog(), new TopicCatalog());
        var road = Item("Sửa đường Trần Khánh Dư", "giao-thong", "tinh", "SXD", 10, "01.SXD");
        var powerLate = Item("Cắt điện không báo trước", "cong-thuong-dien", "trung-uong", "EVN", 30);
        var insurance = Item("Bảo hiểm y tế hộ cận nghèo", "bao-hiem", "trung-uong", "BYT", 20);
        var powerEarly = Item("Giá điện bậc thang", "cong-thuong-dien", "trung-uong", "EVN", 5);

        var groups = grouping.Group([road, powerLate, insurance, powerEarly], new Dictionary<string, string> { ["01.SXD"] = "Sở Xây dựng thành phố Hà Nội" });

        Assert.Equal(["Lĩnh vực bảo hiểm xã hội và bảo hiểm y tế (Bộ Y tế)", "Lĩnh vực công thương, điện (Tập đoàn Điện lực Việt Nam)", "Lĩnh vực giao thông vận tải (Sở Xây dựng thành phố Hà Nội)"],
            groups.Select(g => g.Title));
        Assert.Equal([false, false, true], groups.Select(g => g.IsLocal));
        Assert.Equal([powerEarly, powerLate], groups[1].Items);
    }

    [Fact]
    public void RecountsVotersMeetingsAndLocalitiesFromTheLinkedOpinions()
    {
        var other = VoterMeeting.Plan(Hanoi, new VoterMeetingDetails(MeetingPhase.BeforeSession, new DateOnly(2026, 12, 2), null,
            "Hội trường UBND phường Cầu Giấy", "01", "00166", "01.DDBQH-T", [], 90, null, VoterMeetingStatus.Held), null, Now);
        var opinions = new[]
        {
            VoterOpinion.Record(Meeting, new OpinionText("Ông A", null, "Đề nghị hỗ trợ bảo hiểm y tế cho hộ cận nghèo.", 3, false, null), null, null, Now),
            VoterOpinion.Record(Meeting, new OpinionText("Bà B", null, "Đề nghị hỗ trợ 100% bảo hiểm y tế hộ cận nghèo.", 2, false, null), null, null, Now),
            VoterOpinion.Record(other, new OpinionText(null, null, "Hộ cận nghèo cần được hỗ trợ đóng bảo hiểm y tế.", 4, false, null), null, null, Now),
        };
        var item = ConsolidatedItem.Compile(Hanoi, opinions[0].Content, opinions[0], 10, null, Now);
        var version = item.Version;

        item.Recount(opinions, Now);

        Assert.Equal((3, 9, 2, 2), (item.OpinionCount, item.VoterCount, item.MeetingCount, item.LocalityCount));
        Assert.Equal(version + 1, item.Version);
    }
}
