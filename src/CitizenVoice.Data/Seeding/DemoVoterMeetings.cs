using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// Demo sessions, voter meetings and opinions for the Hà Nội office: the 2nd session of the 16th National Assembly
/// (opening in three weeks, so its pre-session report is due within days), a Hà Nội People's Council session, ten
/// meetings in real wards and communes, and about 180 opinions in the staff-summary register, many of them the same
/// national issue raised in several places, as consolidation will find them. Classified with the real classifier.
/// Also a few answered petitions with published answers, for the portal's similar-answer suggestions.
/// </summary>
internal static class DemoVoterMeetings
{
    private const string Owner = "01.VP-DBQH-HDND-T";
    private const string Delegation = "01.DDBQH-T";
    private const int Held = 8;
    private const int NationalPerMeeting = 10;
    private const int LocalPerMeeting = 13;

    private static readonly (string Code, string Name, string Place)[] Communes =
    [
        ("00070", "phường Hoàn Kiếm", "Hội trường UBND phường Hoàn Kiếm, 126 Hàng Trống"),
        ("00004", "phường Ba Đình", "Nhà văn hóa phường Ba Đình, 2 Hoàng Văn Thụ"),
        ("00166", "phường Cầu Giấy", "Hội trường UBND phường Cầu Giấy, 36 Cầu Giấy"),
        ("00235", "phường Đống Đa", "Trung tâm văn hóa phường Đống Đa, 88 Tôn Đức Thắng"),
        ("00331", "phường Hoàng Mai", "Hội trường UBND phường Hoàng Mai, 8 Ngõ 6 Bùi Huy Bích"),
        ("00454", "xã Đông Anh", "Hội trường UBND xã Đông Anh, 68 Cao Lỗ"),
        ("09556", "phường Hà Đông", "Hội trường UBND phường Hà Đông, 2 Tô Hiệu"),
        ("09574", "phường Sơn Tây", "Nhà văn hóa phường Sơn Tây, 1 Phó Đức Chính"),
        ("09700", "xã Ba Vì", "Hội trường UBND xã Ba Vì, thôn Tản Lĩnh"),
        ("10354", "xã Vân Đình", "Hội trường UBND xã Vân Đình, phố Vân Đình"),
    ];

    private static readonly string[][] Deputies =
    [
        ["Nguyễn Thị Thanh Hương", "Trần Quốc Hùng"],
        ["Lê Minh Đức", "Phạm Thị Thu Trang"],
        ["Đỗ Văn Chiến", "Nguyễn Thị Lan"],
        ["Hoàng Anh Tuấn", "Vũ Thị Hồng Nhung", "Bùi Văn Cường"],
    ];

    // National issues: each raised in several places, worded a little differently each time, as staff summarise them.
    private static readonly string[][] National =
    [
        ["đề nghị sửa đổi quy định về hưởng bảo hiểm xã hội một lần theo hướng bảo đảm quyền lợi của người lao động nghỉ việc sớm.",
         "đề nghị có chính sách hợp lý hơn đối với người lao động muốn nhận bảo hiểm xã hội một lần khi nghỉ việc."],
        ["đề nghị xem xét lại cách tính giá điện bậc thang, giá điện sinh hoạt tăng cao trong mùa nắng nóng ảnh hưởng đời sống người dân.",
         "phản ánh hóa đơn tiền điện tăng mạnh trong các tháng hè, đề nghị điều chỉnh biểu giá điện sinh hoạt bậc thang."],
        ["đề nghị sớm có chế độ, chính sách hỗ trợ đối với cán bộ không chuyên trách cấp xã, thôn, tổ dân phố dôi dư sau sắp xếp đơn vị hành chính.",
         "đề nghị quan tâm giải quyết chế độ cho người hoạt động không chuyên trách ở cấp xã và tổ dân phố nghỉ việc do sắp xếp."],
        ["đề nghị hướng dẫn thống nhất việc điều chỉnh địa chỉ trên giấy tờ của người dân sau sắp xếp đơn vị hành chính, không thu phí.",
         "phản ánh người dân phải đi làm lại nhiều giấy tờ do thay đổi địa giới hành chính, đề nghị đơn giản hóa thủ tục cập nhật địa chỉ."],
        ["đề nghị tăng cường kiểm tra, xử lý nghiêm tình trạng lừa đảo qua mạng, giả danh cơ quan công an, ngân hàng để chiếm đoạt tài sản.",
         "đề nghị có biện pháp mạnh hơn ngăn chặn các cuộc gọi, tin nhắn lừa đảo trên không gian mạng."],
        ["đề nghị kiểm soát chặt chẽ chất lượng thực phẩm, xử lý nghiêm việc kinh doanh thực phẩm bẩn, hàng giả, hàng kém chất lượng.",
         "đề nghị tăng cường thanh tra an toàn thực phẩm, nhất là thực phẩm bày bán ở chợ dân sinh và trên mạng."],
        ["đề nghị điều chỉnh mức lương hưu, trợ cấp cho người nghỉ hưu trước năm 1995 để bảo đảm cuộc sống trong bối cảnh giá cả tăng.",
         "kiến nghị nâng mức lương hưu thấp của người nghỉ hưu trước năm 1995 cho tương xứng với mức sống hiện nay."],
        ["đề nghị có giải pháp bình ổn giá sách giáo khoa, giảm các khoản thu ngoài học phí trong các trường học.",
         "phản ánh nhiều khoản thu đầu năm học ngoài quy định, đề nghị Bộ Giáo dục và Đào tạo có hướng dẫn quản lý chặt chẽ."],
        ["đề nghị mở rộng danh mục thuốc được bảo hiểm y tế chi trả và khắc phục tình trạng thiếu thuốc, vật tư y tế tại bệnh viện.",
         "phản ánh người bệnh có thẻ bảo hiểm y tế vẫn phải tự mua thuốc bên ngoài, đề nghị bảo đảm đủ thuốc trong danh mục."],
        ["đề nghị sửa đổi quy định về cấp giấy chứng nhận quyền sử dụng đất đối với các trường hợp sử dụng đất ổn định, không tranh chấp trước năm 2014.",
         "đề nghị hướng dẫn cụ thể việc cấp sổ đỏ cho đất đã sử dụng ổn định lâu dài nhưng còn thiếu giấy tờ."],
        ["đề nghị có chính sách khuyến khích sản xuất nông nghiệp, hỗ trợ nông dân tiêu thụ nông sản khi được mùa mất giá.",
         "phản ánh giá vật tư nông nghiệp tăng cao trong khi giá nông sản thấp, đề nghị có giải pháp hỗ trợ nông dân."],
        ["đề nghị tăng cường quản lý trật tự xây dựng, xử lý dứt điểm công trình sai phép, không phép.",
         "đề nghị xử lý nghiêm các công trình xây dựng vi phạm trật tự đô thị, tránh để tồn tại kéo dài."],
    ];

    // Local issues, at the ward or commune (or the city's departments).
    private static readonly string[] Local =
    [
        "đề nghị sớm sửa chữa tuyến đường liên tổ dân phố bị xuống cấp, mùa mưa thường xuyên ngập úng.",
        "phản ánh tình trạng lấn chiếm vỉa hè, lòng đường làm nơi kinh doanh, trông giữ xe trái phép, đề nghị phường xử lý.",
        "đề nghị bố trí thêm điểm tập kết rác, tăng tần suất thu gom rác thải sinh hoạt trên địa bàn.",
        "phản ánh hệ thống thoát nước khu dân cư bị tắc, mỗi khi mưa lớn nước tràn vào nhà dân.",
        "đề nghị lắp đặt thêm đèn chiếu sáng công cộng tại các ngõ, ngách còn tối.",
        "phản ánh ô nhiễm tiếng ồn, khói bụi từ các cơ sở sản xuất trong khu dân cư, đề nghị kiểm tra, xử lý.",
        "đề nghị sớm đầu tư xây dựng nhà văn hóa tổ dân phố để người dân có nơi sinh hoạt cộng đồng.",
        "đề nghị đẩy nhanh tiến độ giải phóng mặt bằng dự án mở rộng đường, công khai phương án bồi thường, hỗ trợ tái định cư.",
        "phản ánh tình trạng ô nhiễm nguồn nước sông, mương chảy qua địa bàn, đề nghị thành phố có biện pháp xử lý.",
        "đề nghị bổ sung trường mầm non công lập vì số trẻ trong độ tuổi tăng, nhiều cháu không có chỗ học.",
        "đề nghị cải tạo chợ dân sinh đã xuống cấp, bảo đảm phòng cháy chữa cháy và vệ sinh môi trường.",
        "phản ánh việc chi trả trợ cấp xã hội cho người cao tuổi sau sắp xếp còn chậm, đề nghị kiểm tra.",
        "đề nghị sớm cấp nước sạch cho các hộ dân còn phải dùng nước giếng khoan bị nhiễm đá vôi, nhiễm asen.",
        "phản ánh tình trạng chăn nuôi lợn, gà trong khu dân cư gây mùi hôi, đề nghị xã kiểm tra, xử lý.",
        "đề nghị nạo vét kênh mương nội đồng, kiên cố hóa kênh tưới tiêu phục vụ sản xuất vụ đông xuân.",
        "phản ánh nhiều tuyến phố thường xuyên ùn tắc giờ cao điểm, đề nghị bố trí lực lượng phân luồng và lắp đèn tín hiệu.",
    ];

    public static async Task SeedAsync(CitizenVoiceDbContext db, IRoutingClassifier classifier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Sessions.AnyAsync(cancellationToken))
        {
            return;
        }

        var past = Session.Plan(SessionBody.NationalAssembly, "XVI", 1, UnitCodes.Central, Owner, null,
            new DateOnly(2026, 4, 6), new DateOnly(2026, 4, 24), null, now);
        var upcoming = Session.Plan(SessionBody.NationalAssembly, "XVI", 2, UnitCodes.Central, Owner, null,
            new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 31), null, now);
        var council = Session.Plan(SessionBody.ProvincialCouncil, "XVII", 2, UnitCodes.Province("01"), Owner,
            "Kỳ họp thứ 2, Hội đồng nhân dân thành phố Hà Nội khóa XVII", new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 18), null, now);
        db.Sessions.AddRange(past, upcoming, council);

        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var opinions = new List<VoterOpinion>();
        for (var i = 0; i < Communes.Length; i++)
        {
            var (code, name, place) = Communes[i];
            // Eight meetings already held (the last fortnight), two still to come before the opening.
            var date = i < Held ? today.AddDays(-15 + i * 2) : today.AddDays(2 + (i - Held) * 3);
            var status = i < Held ? VoterMeetingStatus.Recorded : VoterMeetingStatus.Planned;
            var meeting = VoterMeeting.Plan(upcoming, new VoterMeetingDetails(MeetingPhase.BeforeSession, date, new TimeOnly(i % 2 == 0 ? 8 : 14, 0),
                place, "01", code, Delegation, Deputies[i % Deputies.Length], i < Held ? 80 + (i * 37) % 170 : null,
                "Đoàn đại biểu Quốc hội thành phố Hà Nội phối hợp với Ủy ban MTTQ Việt Nam và UBND " + name
                + " tiếp xúc cử tri trước Kỳ họp thứ 2, Quốc hội khóa XVI; thông báo dự kiến nội dung kỳ họp và lắng nghe ý kiến, kiến nghị của cử tri.",
                status), null, now);
            if (i >= Held)
            {
                meeting.Publish(now);
            }

            db.VoterMeetings.Add(meeting);
            if (i >= Held)
            {
                continue;
            }

            var subject = "Cử tri " + name + " ";
            for (var k = 0; k < NationalPerMeeting + LocalPerMeeting; k++)
            {
                string content;
                if (k < NationalPerMeeting)
                {
                    var issue = National[(i * 5 + k) % National.Length];
                    content = subject + issue[(i + k) % issue.Length];
                }
                else
                {
                    content = subject + Local[(i * 3 + k - NationalPerMeeting) % Local.Length];
                }

                var count = 1 + (i * 7 + k * 3) % 6;
                var text = new OpinionText(k % 4 == 0 ? VoterNames[(i * 24 + k) % VoterNames.Length] : null,
                    k % 4 == 0 ? "Tổ dân phố số " + (1 + (k % 9)) : null, content, count, k % 9 == 5,
                    k % 9 == 5 ? "Lãnh đạo UBND " + name + " đã trả lời, giải thích tại hội nghị và cam kết kiểm tra, xử lý trong tháng." : null);
                opinions.Add(VoterOpinion.Record(meeting, text, null, null, now.AddMinutes(-(Held - i) * 1440 + k)));
            }
        }

        var suggestions = classifier.SuggestAll(opinions.Select(o => o.Content).ToList());
        for (var i = 0; i < opinions.Count; i++)
        {
            opinions[i].ApplySuggestion(suggestions[i], now);
        }

        db.VoterOpinions.AddRange(opinions.DistinctBy(o => o.NaturalKey));
        SeedPublishedAnswers(db, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] VoterNames =
    [
        "Nguyễn Văn Bình", "Trần Thị Hoa", "Lê Quang Vinh", "Phạm Thị Nga", "Hoàng Văn Long", "Vũ Thị Thu", "Đặng Minh Tuấn",
        "Bùi Thị Hạnh", "Ngô Văn Thành", "Đỗ Thị Kim Oanh", "Dương Văn Sơn", "Lý Thị Mến",
    ];

    private static void SeedPublishedAnswers(CitizenVoiceDbContext db, DateTimeOffset now)
    {
        (string Title, string Content, string Commune, string Answer)[] answered =
        [
            ("Đề nghị sửa đổi quy định hưởng bảo hiểm xã hội một lần",
             "Tôi làm công nhân 9 năm, nay nghỉ việc, muốn được nhận bảo hiểm xã hội một lần nhưng quy định mới hạn chế. Đề nghị xem xét quyền lợi người lao động.",
             "00166", "Bộ Nội vụ trả lời: Luật Bảo hiểm xã hội 2024 vẫn cho phép hưởng bảo hiểm xã hội một lần với người tham gia trước ngày 01/7/2025 sau 12 tháng không tiếp tục đóng; khuyến khích bảo lưu thời gian đóng để hưởng lương hưu."),
            ("Giá điện sinh hoạt bậc thang tăng cao mùa hè",
             "Hóa đơn tiền điện tháng 6, tháng 7 của gia đình tôi tăng gấp đôi. Đề nghị xem xét lại cách tính giá điện bậc thang cho hộ gia đình.",
             "00235", "Bộ Công Thương trả lời: đang hoàn thiện phương án rút gọn biểu giá bán lẻ điện sinh hoạt từ 6 bậc xuống 5 bậc, trình Thủ tướng Chính phủ; giá điện điều chỉnh theo cơ chế thị trường có sự điều tiết của Nhà nước."),
            ("Thay đổi địa chỉ trên giấy tờ sau sắp xếp đơn vị hành chính",
             "Sau khi sáp nhập phường, tôi có phải làm lại căn cước, sổ đỏ và giấy đăng ký xe để đổi địa chỉ không? Có mất phí không?",
             "00070", "UBND thành phố trả lời: giấy tờ đã cấp vẫn có giá trị sử dụng; người dân không bắt buộc đổi, khi có nhu cầu cập nhật địa chỉ thì không phải nộp phí, lệ phí."),
        ];
        foreach (var (title, content, commune, answer) in answered)
        {
            var draft = new SubmissionDraft(SubmissionKind.Recommendation, SubmissionChannel.Online, title, content, "01", commune, null,
                new Submitter(), false, null, null, "2026-01");
            var submission = Submission.Receive(draft, TrackingCode.NewCode(), now.AddDays(-40));
            submission.MoveTo(SubmissionStatus.InProgress, "Đơn đang được xử lý.", null, now.AddDays(-38));
            submission.MoveTo(SubmissionStatus.Forwarded, "Đã chuyển cơ quan có thẩm quyền trả lời.", null, now.AddDays(-35));
            submission.MoveTo(SubmissionStatus.Answered, answer, null, now.AddDays(-10));
            submission.PublishAnswer(true, now.AddDays(-10));
            db.Submissions.Add(submission);
        }
    }
}
