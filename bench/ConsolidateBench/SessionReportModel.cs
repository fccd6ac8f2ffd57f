using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Reports;

namespace ConsolidateBench;

/// <summary>A session report as a compiler would build it from the proposed clusters: one meeting per commune.</summary>
internal static class SessionReportModel
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["giao-thong"] = "Lĩnh vực giao thông, xây dựng",
        ["y-te"] = "Lĩnh vực y tế",
        ["giao-duc"] = "Lĩnh vực giáo dục và đào tạo",
        ["moi-truong"] = "Lĩnh vực tài nguyên và môi trường",
        ["dat-dai"] = "Lĩnh vực đất đai, bồi thường, giải phóng mặt bằng",
        ["nguoi-co-cong"] = "Lĩnh vực chính sách người có công",
        ["nong-nghiep"] = "Lĩnh vực nông nghiệp, thủy lợi",
        ["an-ninh-trat-tu"] = "Lĩnh vực an ninh, trật tự",
    };

    public static VoterPetitionReport From(IReadOnlyList<SyntheticOpinion> opinions, IReadOnlyList<OpinionCluster> clusters)
    {
        var byId = opinions.ToDictionary(o => o.Input.Id);
        var meetings = opinions.Select(o => o.Commune).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((c, i) => (Commune: c, Meeting: new VoterMeetingRef(Guid.NewGuid(), new DateOnly(2026, 2, 20).AddDays(i % 10), $"Hội trường UBND {c}")))
            .ToDictionary(m => m.Commune, m => m.Meeting, StringComparer.Ordinal);
        var drafts = clusters.Select(c =>
        {
            var members = c.MemberIds.Select(id => byId[id]).ToList();
            return (Central: members.Count(m => m.Central) * 2 >= members.Count, Topic: members[0].Input.TopicCode!, Cluster: c, Members: members);
        }).ToList();

        var number = 0;
        List<PetitionGroup> Groups(bool central) => [.. drafts.Where(d => d.Central == central).GroupBy(d => d.Topic).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PetitionGroup(Fields[g.Key], [.. g.Select(d => new ConsolidatedItem(++number, byId[d.Cluster.RepresentativeId].Input.Text,
                [.. d.Members.Select(m => new SourceOpinion(meetings[m.Commune], m.Commune, "Nghệ An", null, m.Input.Text, Fields[m.Input.TopicCode!],
                    m.Central ? CompetenceLevel.Central : CompetenceLevel.Province, m.Central ? "Bộ ngành trung ương" : "UBND tỉnh Nghệ An"))]))]))];
        var central = Groups(true);
        var local = Groups(false);
        return new VoterPetitionReport(
            new DocumentHeader("QUỐC HỘI KHÓA XV", "ĐOÀN ĐẠI BIỂU QUỐC HỘI\nTỈNH NGHỆ AN", 7, "BC", "ĐĐBQH", "Nghệ An", new DateOnly(2026, 3, 5)),
            "Tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ 11, Quốc hội khóa XV",
            ["Thực hiện Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN, Đoàn đại biểu Quốc hội tỉnh Nghệ An báo cáo như sau:"],
            new MeetingSummary(new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 1), "Đoàn đại biểu Quốc hội tỉnh phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
                meetings.Count, meetings.Count, 8_450, ["đồng chí Hoàng Thị Thu Trang, Phó Trưởng đoàn chuyên trách"], []),
            ["Cử tri cơ bản đồng tình với kết quả phát triển kinh tế - xã hội của tỉnh."],
            central, local,
            ["Đề nghị Ủy ban Dân nguyện và Giám sát chuyển các kiến nghị tại mục B đến các cơ quan có thẩm quyền."],
            new SignatureBlock("TM. Đoàn đại biểu Quốc hội", "Phó Trưởng đoàn chuyên trách", "Hoàng Thị Thu Trang"),
            new RecipientList(["Ủy ban Thường vụ Quốc hội", "Ủy ban Dân nguyện và Giám sát"], "VT, ĐĐBQH"));
    }
}
