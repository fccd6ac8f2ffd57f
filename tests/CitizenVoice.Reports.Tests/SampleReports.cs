using CitizenVoice.Core.Reports;
using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Reports.Tests;

/// <summary>Realistic report models: a Nghệ An delegation before session 11 of the 15th National Assembly.</summary>
internal static class SampleReports
{
    public static readonly DocumentHeader ReportHeader = new(
        "QUỐC HỘI KHÓA XV", "ĐOÀN ĐẠI BIỂU QUỐC HỘI\nTỈNH NGHỆ AN", 7, "BC", "ĐĐBQH", "Nghệ An", new DateOnly(2026, 3, 5));

    private static readonly VoterMeetingRef NghiLoc = new(Guid.Parse("0c7d2f7e-3f39-4c36-9a8e-6f1e4f0b1a01"), new DateOnly(2026, 2, 24), "Hội trường UBND xã Nghi Lộc");
    private static readonly VoterMeetingRef DienChau = new(Guid.Parse("0c7d2f7e-3f39-4c36-9a8e-6f1e4f0b1a02"), new DateOnly(2026, 2, 25), "Nhà văn hóa xóm 3, xã Diễn Châu");
    private static readonly VoterMeetingRef TruongVinh = new(Guid.Parse("0c7d2f7e-3f39-4c36-9a8e-6f1e4f0b1a03"), new DateOnly(2026, 2, 26), "Hội trường UBND phường Trường Vinh");

    public static VoterPetitionReport PetitionReport()
    {
        var insurance = new ConsolidatedItem(1,
            "Cử tri đề nghị Chính phủ nâng mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo từ 70% lên 100% để người dân yên tâm khám, chữa bệnh.",
            [
                Opinion(NghiLoc, "xã Nghi Lộc", "Ông Nguyễn Văn Thắng", "Đề nghị nâng mức hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo lên 100%.", "Y tế", CompetenceLevel.Central, "Bộ Y tế"),
                Opinion(DienChau, "xã Diễn Châu", null, "Hộ cận nghèo vẫn phải đóng 30% bảo hiểm y tế, nhiều gia đình không đủ khả năng; đề nghị Nhà nước hỗ trợ toàn bộ.", "Y tế", CompetenceLevel.Central, "Bộ Y tế"),
                Opinion(TruongVinh, "phường Trường Vinh", "Bà Trần Thị Hoa", "Đề nghị hỗ trợ 100% mức đóng bảo hiểm y tế cho người thuộc hộ cận nghèo.", "Y tế", CompetenceLevel.Central, "Bộ Y tế"),
            ]);
        var merit = new ConsolidatedItem(2,
            "Cử tri đề nghị sớm sửa đổi quy định về xác nhận người hoạt động kháng chiến bị nhiễm chất độc hóa học, vì nhiều trường hợp không còn giấy tờ gốc.",
            [
                Opinion(NghiLoc, "xã Nghi Lộc", "Ông Hoàng Đình Lực", "Nhiều cựu chiến binh bị nhiễm chất độc da cam nhưng không còn giấy tờ nên chưa được công nhận.", "Người có công", CompetenceLevel.Central, "Bộ Nội vụ"),
                Opinion(DienChau, "xã Diễn Châu", null, "Đề nghị đơn giản hóa thủ tục xác nhận người nhiễm chất độc hóa học.", "Người có công", CompetenceLevel.Central, "Bộ Nội vụ"),
            ]);
        var road = new ConsolidatedItem(3,
            "Cử tri đề nghị UBND tỉnh sớm đầu tư nâng cấp đường tỉnh 534 đoạn qua xã Nghi Lộc đã xuống cấp nghiêm trọng, nhiều ổ gà, mất an toàn giao thông.",
            [
                Opinion(NghiLoc, "xã Nghi Lộc", "Ông Phan Văn Hải", "Đường tỉnh 534 xuống cấp, nhiều ổ gà, đề nghị nâng cấp.", "Giao thông", CompetenceLevel.Province, "Sở Xây dựng"),
                Opinion(NghiLoc, "xã Nghi Lộc", "Bà Lê Thị Nguyệt", "Đề nghị sớm sửa chữa đường tỉnh 534 vì học sinh đi lại nguy hiểm.", "Giao thông", CompetenceLevel.Province, "Sở Xây dựng"),
            ]);
        var flooding = new ConsolidatedItem(4,
            "Cử tri phường Trường Vinh phản ánh tình trạng ngập úng tại đường Nguyễn Du mỗi khi mưa lớn; đề nghị cải tạo hệ thống thoát nước.",
            [
                Opinion(TruongVinh, "phường Trường Vinh", "Ông Đặng Quốc Khánh", "Đường Nguyễn Du ngập sâu sau mỗi trận mưa, đề nghị nạo vét cống thoát nước.", "Đô thị", CompetenceLevel.Commune, "UBND phường Trường Vinh"),
            ]);
        return new VoterPetitionReport(
            ReportHeader,
            "Tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ 11, Quốc hội khóa XV",
            ["Thực hiện Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN và Kế hoạch số 12/KH-ĐĐBQH ngày 10 tháng 02 năm 2026, Đoàn đại biểu Quốc hội tỉnh Nghệ An báo cáo kết quả tiếp xúc cử tri như sau:"],
            new MeetingSummary(new DateOnly(2026, 2, 24), new DateOnly(2026, 2, 26),
                "Đoàn đại biểu Quốc hội tỉnh phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", 3, 3, 1245,
                ["đồng chí Hoàng Thị Thu Trang, Phó Trưởng đoàn chuyên trách", "đồng chí Nguyễn Văn Cảnh, Ủy viên Ủy ban Kinh tế"],
                ["Các cuộc tiếp xúc được tổ chức trực tiếp, đúng kế hoạch, không khí dân chủ, cởi mở."]),
            ["Cử tri phấn khởi trước kết quả phát triển kinh tế - xã hội năm 2025 và đồng tình với việc sắp xếp đơn vị hành chính hai cấp."],
            [new PetitionGroup("Lĩnh vực y tế (Bộ Y tế)", [insurance]), new PetitionGroup("Lĩnh vực người có công (Bộ Nội vụ)", [merit])],
            [new PetitionGroup("Lĩnh vực giao thông (UBND tỉnh, Sở Xây dựng)", [road]), new PetitionGroup("Lĩnh vực đô thị (UBND phường Trường Vinh)", [flooding])],
            ["Đề nghị Ủy ban Dân nguyện và Giám sát chuyển các kiến nghị tại mục B đến các bộ, ngành để xem xét, trả lời cử tri theo quy định."],
            new SignatureBlock("TM. Đoàn đại biểu Quốc hội", "Phó Trưởng đoàn chuyên trách", "Hoàng Thị Thu Trang"),
            new RecipientList(["Ủy ban Thường vụ Quốc hội", "Ủy ban Dân nguyện và Giám sát", "Đoàn Chủ tịch UBTƯ MTTQ Việt Nam", "Thường trực Tỉnh ủy, HĐND, UBND tỉnh"], "VT, ĐĐBQH"));
    }

    public static ForwardingSlip Slip(SubmissionKind kind) => new(
        new DocumentHeader("QUỐC HỘI KHÓA XV", "ĐOÀN ĐẠI BIỂU QUỐC HỘI\nTỈNH NGHỆ AN", 15, "PC", "ĐĐBQH", "Nghệ An", new DateOnly(2026, 1, 9)),
        "Ủy ban nhân dân phường Trường Vinh",
        "Đoàn đại biểu Quốc hội tỉnh Nghệ An",
        kind,
        "Nguyễn Văn Hùng",
        "số 25 đường Lê Lợi, phường Trường Vinh, tỉnh Nghệ An",
        new DateOnly(2026, 1, 2),
        new DateOnly(2026, 1, 5),
        "Phản ánh việc xây dựng công trình lấn chiếm hành lang an toàn giao thông tại ngõ 12 đường Lê Lợi chưa được xử lý",
        "Đoàn đại biểu Quốc hội tỉnh Nghệ An và người có đơn",
        new SignatureBlock("TL. Trưởng đoàn", "Chánh Văn phòng", "Trần Quốc Bảo"),
        new RecipientList(["Như trên", "Người có đơn (để biết)"], "VT, HS"));

    public static ReceptionBook Book() => new(
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Ban Tiếp công dân tỉnh", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31),
        [
            new ReceptionEntry(new DateOnly(2026, 3, 12), "Trần Văn Bình", "Xóm 5, xã Hưng Nguyên", "040085001234",
                "Khiếu nại quyết định thu hồi đất làm đường tỉnh 534, chưa đồng ý mức bồi thường", SubmissionKind.Complaint, 1,
                "01 đơn, 01 bản sao quyết định thu hồi đất", ReceptionHandling.Accepted, null),
            new ReceptionEntry(new DateOnly(2026, 3, 3), "Lê Thị Mai", "Khối 7, phường Vinh Phú", "040190004321",
                "Tố cáo cán bộ địa chính xã nhận tiền để hợp thức hóa đất lấn chiếm", SubmissionKind.Denunciation, 1,
                "01 đơn tố cáo", ReceptionHandling.Forwarded, "Chuyển Thanh tra tỉnh"),
            new ReceptionEntry(new DateOnly(2026, 3, 18), "Phạm Văn Đức", "Thôn Đông, xã Nam Đàn", null,
                "Kiến nghị giải quyết ô nhiễm từ trại chăn nuôi lợn gần khu dân cư", SubmissionKind.Recommendation, 6,
                null, ReceptionHandling.Guided, "Đoàn đông người"),
        ]);

    public static AnswerMonitoringReport Answers() => new(
        "Đoàn đại biểu Quốc hội tỉnh Nghệ An",
        "Theo dõi trả lời kiến nghị cử tri gửi tới Kỳ họp thứ 10, Quốc hội khóa XV",
        new DateOnly(2026, 3, 1),
        [new AgencyAnswerStatus("Bộ Y tế", 12, 10, 1), new AgencyAnswerStatus("Bộ Xây dựng", 8, 8, 0), new AgencyAnswerStatus("Bộ Nông nghiệp và Môi trường", 15, 9, 4)]);

    private static SourceOpinion Opinion(VoterMeetingRef meeting, string commune, string? voter, string content, string topic, CompetenceLevel level, string agency) =>
        new(meeting, commune, "Nghệ An", voter, content, topic, level, agency);
}
