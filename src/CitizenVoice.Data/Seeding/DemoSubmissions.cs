using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Data.Seeding;

/// <summary>Demo petitions: plausible situations in real provinces and communes, with answers where the case is closed.</summary>
internal static class DemoSubmissions
{
    public sealed record Demo(int DaysAgo, SubmissionDraft Draft, IReadOnlyList<(SubmissionStatus Status, string Note)> Steps);

    private const string Consent = "2026-01";

    public static readonly IReadOnlyList<Demo> All =
    [
        new(1, Draft(SubmissionKind.Feedback, "Đèn chiếu sáng ngõ 12 phố Hàng Bạc hỏng nhiều ngày",
            "Khoảng 2 tuần nay, 3 bóng đèn chiếu sáng ở ngõ 12 phố Hàng Bạc bị hỏng, buổi tối ngõ tối om, người già và trẻ em đi lại rất nguy hiểm. Đề nghị phường kiểm tra, thay thế sớm.",
            "01", "00070", "Ngõ 12 Hàng Bạc", "Vũ Thị Mai", "0912345678", "vuthimai.hn@gmail.com"), []),
        new(3, Draft(SubmissionKind.Recommendation, "Đề nghị lắp đặt gờ giảm tốc trước cổng Trường Tiểu học Cầu Giấy",
            "Đoạn đường trước cổng trường tiểu học giờ tan học rất đông, nhiều xe máy đi tốc độ cao. Phụ huynh chúng tôi đề nghị lắp gờ giảm tốc, biển báo khu vực trường học và bố trí người hướng dẫn giao thông giờ cao điểm.",
            "01", "00166", "Phố Trần Thái Tông", "Nguyễn Văn Hùng", "0983456123", null),
            [(SubmissionStatus.InProgress, "Đơn đang được phân loại, xử lý.")]),
        new(9, Draft(SubmissionKind.Complaint, "Khiếu nại quyết định thu hồi đất nông nghiệp tại thôn Đông",
            "Gia đình tôi có 720 m² đất nông nghiệp bị thu hồi để làm đường liên xã. Mức bồi thường tính theo bảng giá cũ, thấp hơn nhiều so với giá thực tế, và chưa có phương án hỗ trợ chuyển đổi nghề. Tôi đề nghị xem xét lại quyết định thu hồi và phương án bồi thường.",
            "01", "00454", "Thôn Đông, xã Đông Anh", "Đặng Văn Toàn", "0978123456", "dangvantoan1968@gmail.com",
            complaint: ("Quyết định số 1520/QĐ-UBND về thu hồi đất để thực hiện dự án đường liên xã", 20)),
            [(SubmissionStatus.InProgress, "Đơn đang được xem xét."), (SubmissionStatus.Accepted, "Đã thụ lý giải quyết khiếu nại lần đầu theo Luật Khiếu nại; thời hạn giải quyết 30 ngày kể từ ngày thụ lý.")]),
        new(14, Draft(SubmissionKind.Feedback, "Rác thải tập kết ven kênh Nhiêu Lộc gây mùi hôi",
            "Tại đoạn kênh gần cầu Thị Nghè, người dân đổ rác tràn ra lòng kênh, bốc mùi hôi thối, nhất là những ngày nắng. Đề nghị phường bố trí thùng rác, tăng tần suất thu gom và xử lý người vi phạm.",
            "79", "26740", "Đường Hoàng Sa", null, null, null, anonymous: true),
            [(SubmissionStatus.InProgress, "Đơn đang được phân loại."), (SubmissionStatus.Forwarded, "Đã chuyển UBND phường Sài Gòn giải quyết theo thẩm quyền."),
             (SubmissionStatus.Answered, "UBND phường đã tổ chức thu dọn, đặt thêm 4 thùng rác và giao lực lượng trật tự đô thị kiểm tra, xử phạt hành vi đổ rác không đúng nơi quy định.")]),
        new(6, Draft(SubmissionKind.Recommendation, "Đề nghị nâng cấp tuyến đường từ trung tâm xã Nghi Lộc đi xóm 7",
            "Tuyến đường dài khoảng 2 km xuống cấp nghiêm trọng, nhiều ổ gà, mùa mưa ngập sâu, học sinh đi học khó khăn. Cử tri đề nghị đưa vào kế hoạch đầu tư công năm 2027.",
            "40", "17827", "Xóm 7, xã Nghi Lộc", "Hồ Sỹ Lâm", "0389123789", null),
            [(SubmissionStatus.InProgress, "Đơn đang được xem xét.")]),
        new(21, Draft(SubmissionKind.Recommendation, "Chậm chi trả trợ cấp cho người có công tháng 9",
            "Mẹ tôi là thân nhân liệt sĩ, trợ cấp tháng 9 đến nay chưa nhận được. Đề nghị cơ quan chức năng kiểm tra, chi trả kịp thời cho các gia đình chính sách.",
            "38", "14797", "Phố Hàng Đồng", "Lê Văn Tám", "0915777321", "levantam.th@gmail.com"),
            [(SubmissionStatus.InProgress, "Đơn đang được xem xét."), (SubmissionStatus.Forwarded, "Đã chuyển Sở Nội vụ tỉnh Thanh Hóa giải quyết."),
             (SubmissionStatus.Answered, "Sở Nội vụ trả lời: khoản trợ cấp chậm do điều chỉnh danh sách chi trả sau sắp xếp đơn vị hành chính; đã chi trả bổ sung ngày 05/10 qua bưu điện.")]),
        new(2, Draft(SubmissionKind.Denunciation, "Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục cấp sổ đỏ",
            "Tôi tố cáo cán bộ địa chính phường yêu cầu nộp thêm 5 triệu đồng ngoài lệ phí để hồ sơ cấp giấy chứng nhận được giải quyết nhanh. Tôi có ghi âm cuộc nói chuyện và biên nhận hồ sơ.",
            "92", "31135", "Đường Mậu Thân, phường Ninh Kiều", "Trương Thị Bích", "0939888111", null), []),
        new(30, Draft(SubmissionKind.Feedback, "Nước sinh hoạt yếu, mất nước thường xuyên vào buổi tối",
            "Khu dân cư tổ 5 mất nước sinh hoạt gần như mỗi tối từ 18 giờ đến 22 giờ, áp lực nước rất yếu. Đề nghị công ty cấp nước kiểm tra đường ống.",
            "48", "20242", "Tổ 5, phường Hải Châu", "Phan Văn Đức", "0905123987", "phanduc.dn@gmail.com"),
            [(SubmissionStatus.InProgress, "Đơn đang được xem xét."), (SubmissionStatus.Forwarded, "Đã chuyển Công ty Cổ phần Cấp nước Đà Nẵng xem xét, trả lời."),
             (SubmissionStatus.Answered, "Công ty Cấp nước đã thay đoạn ống bị rò rỉ trên đường Lê Duẩn, áp lực nước ổn định trở lại từ ngày 12/11.")]),
        new(12, Draft(SubmissionKind.Recommendation, "Đề nghị hỗ trợ sinh kế cho hộ dân bị sạt lở bờ sông",
            "Mùa lũ vừa qua, nhiều hộ dân ven sông bị sạt lở mất đất sản xuất. Đề nghị hỗ trợ di dời, bố trí tái định cư và hỗ trợ chuyển đổi nghề.",
            "91", "30307", "Khóm Bình Khánh", "Huỳnh Văn Sáng", "0918456222", null),
            [(SubmissionStatus.InProgress, "Đơn đang được xem xét."), (SubmissionStatus.Forwarded, "Đã chuyển Sở Nông nghiệp và Môi trường tỉnh An Giang giải quyết.")]),
        new(4, Draft(SubmissionKind.Feedback, "Karaoke gây ồn sau 22 giờ tại khu dân cư",
            "Quán karaoke trên đường Điện Biên Phủ thường xuyên mở nhạc to đến 1-2 giờ sáng, ảnh hưởng giấc ngủ của người dân. Đề nghị công an phường kiểm tra, xử lý.",
            "79", "26929", "Đường Điện Biên Phủ", "Ngô Thanh Tùng", "0908765432", null),
            [(SubmissionStatus.InProgress, "Đơn đang được phân loại.")]),
        new(40, Draft(SubmissionKind.Recommendation, "Hướng dẫn thủ tục đổi giấy phép lái xe sang thẻ PET",
            "Tôi muốn đổi giấy phép lái xe cũ sang thẻ PET nhưng không rõ nộp hồ sơ ở đâu sau khi sắp xếp lại bộ máy. Đề nghị hướng dẫn cụ thể.",
            "56", "22366", null, "Bùi Minh Quân", "0935222444", "buiquan.nt@gmail.com"),
            [(SubmissionStatus.InProgress, "Đơn đang được xem xét."), (SubmissionStatus.Guided, "Ông nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc tại bộ phận một cửa của Công an tỉnh Khánh Hòa; mang theo CCCD và giấy phép lái xe cũ.")]),
        new(18, Draft(SubmissionKind.Feedback, "Bãi xe tự phát lấn chiếm vỉa hè gần chợ Hội An",
            "Nhiều người lấn chiếm vỉa hè làm bãi giữ xe thu tiền cao, du khách phàn nàn. Đề nghị chấn chỉnh.",
            "48", "20410", "Đường Trần Phú", null, null, null, anonymous: true),
            [(SubmissionStatus.InProgress, "Đơn đang được xem xét."), (SubmissionStatus.Archived, "Lưu đơn: nội dung trùng với phản ánh đã được UBND phường Hội An tiếp nhận và xử lý ngày 02/11.")]),
    ];

    private static SubmissionDraft Draft(
        SubmissionKind kind, string title, string content, string province, string commune, string? address,
        string? fullName, string? phone, string? email, bool anonymous = false, (string Subject, int LearnedDaysAgo)? complaint = null) =>
        new(kind, SubmissionChannel.Online, title, content, province, commune, address,
            new Submitter { FullName = fullName, Phone = phone, Email = email }, anonymous,
            complaint?.Subject, complaint is null ? null : DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-complaint.Value.LearnedDaysAgo)), Consent);
}
