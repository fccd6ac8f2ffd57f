using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// The Hà Nội office's working inbox for the triage demo: items of every kind and stage, some overdue, some due soon,
/// some waiting at the Department of Construction (the demo responder's unit), a denunciation assigned to the demo
/// processor, a duplicate pair and a manual-triage queue with the classifier's suggestions. Clocks are opened and
/// closed through <see cref="SubmissionClocks"/> exactly as the workflow does.
/// </summary>
internal static class DemoTriage
{
    private const string Consent = "2026-01";

    private static readonly string Office = UnitCodes.DefaultIntake("01");
    private static readonly string Construction = UnitCodes.ProvinceBody("01", "SXD");

    private enum Path
    {
        New,
        InProgress,
        Accepted,
        ForwardedToConstruction,
        ForwardedToWard,
        Answered,
        Guided,
        NotEligible,
        AssignedDenunciation,
    }

    private sealed record Item(int DaysAgo, SubmissionKind Kind, string Title, string Content, string Commune, string Address,
        string? Name, string? Phone, string? Email, Path Path, (string Topic, string Level, string Agency, float Confidence, bool Triage) Routing,
        SubmissionChannel Channel = SubmissionChannel.Online);

    private static readonly Item[] Items =
    [
        new(2, SubmissionKind.Feedback, "Nắp cống hở trên phố Kim Mã gây nguy hiểm",
            "Nắp cống trước số nhà 215 phố Kim Mã bị vỡ, để hở gần một tuần, đã có người đi xe máy bị sập bánh. Đề nghị thay nắp cống ngay.",
            "00004", "215 Kim Mã", "Phạm Thu Trang", "0904112233", "trangpham.hn@gmail.com", Path.New, ("xay-dung-do-thi", "xa", "UBND-X", 0.82f, false)),
        new(1, SubmissionKind.Feedback, "Cây xanh nghiêng sắp đổ ở ngõ 58 Nguyễn Khánh Toàn",
            "Cây xà cừ ở đầu ngõ 58 Nguyễn Khánh Toàn nghiêng hẳn về phía nhà dân sau trận mưa bão, rễ bật lên mặt đường. Đề nghị cắt tỉa, gia cố khẩn cấp.",
            "00166", "Ngõ 58 Nguyễn Khánh Toàn", "Lương Văn Hải", "0912668899", null, Path.New, ("xay-dung-do-thi", "xa", "UBND-X", 0.41f, true)),
        new(3, SubmissionKind.Recommendation, "Kiến nghị bố trí thêm chuyến xe buýt tuyến Hoàng Mai – Long Biên",
            "Giờ cao điểm sáng, xe buýt tuyến 36 luôn quá tải, người dân phải chờ 30–40 phút. Đề nghị tăng tần suất chạy xe từ 6 giờ đến 8 giờ.",
            "00331", "Phường Hoàng Mai", "Đinh Thị Hương", "0977221133", "huongdinh77@gmail.com", Path.New, ("giao-thong", "tinh", "SXD", 0.88f, false)),
        new(4, SubmissionKind.Feedback, "Mùi hôi từ bãi tập kết rác tạm ở Yên Sở",
            "Bãi tập kết rác tạm gần khu dân cư Yên Sở bốc mùi nặng vào buổi chiều, ruồi nhặng nhiều. Đề nghị di dời hoặc tăng tần suất vận chuyển.",
            "00340", "Phường Yên Sở", null, null, "cudan.yenso@gmail.com", Path.New, ("moi-truong", "xa", "UBND-X", 0.36f, true)),
        new(5, SubmissionKind.Recommendation, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ tái định cư",
            "Khu tái định cư Đông Ngạc bàn giao từ năm 2019 nhưng đến nay 46 hộ vẫn chưa được cấp giấy chứng nhận quyền sử dụng đất. Đề nghị các cơ quan chức năng giải quyết dứt điểm.",
            "00602", "Khu tái định cư Đông Ngạc", "Trần Quang Vinh", "0936554422", "vinhtq.dongngac@gmail.com", Path.InProgress, ("dat-dai", "tinh", "SNNMT", 0.79f, false)),
        new(6, SubmissionKind.Feedback, "Tín hiệu đèn giao thông ngã tư Xuân Thủy – Trần Quốc Hoàn không hoạt động",
            "Đèn tín hiệu tại ngã tư Xuân Thủy – Trần Quốc Hoàn tắt từ sáng thứ Hai, giờ tan tầm rất ùn tắc và dễ va chạm. Đề nghị sửa chữa.",
            "00166", "Ngã tư Xuân Thủy – Trần Quốc Hoàn", "Vương Đức Anh", "0868123456", null, Path.InProgress, ("giao-thong", "tinh", "SXD", 0.9f, false)),
        new(7, SubmissionKind.Recommendation, "Đề nghị hỗ trợ học phí cho con em hộ cận nghèo ở xã Ba Vì",
            "Nhiều hộ cận nghèo ở xã Ba Vì có con học trung học phổ thông chưa được hỗ trợ học phí năm học 2026–2027. Đề nghị rà soát, hỗ trợ kịp thời.",
            "09700", "Thôn Yên Cư, xã Ba Vì", "Đinh Văn Nguyên", "0342556677", null, Path.InProgress, ("giao-duc", "tinh", "SGDDT", 0.58f, true)),
        new(12, SubmissionKind.Recommendation, "Đề nghị sửa chữa trạm y tế phường Thanh Xuân xuống cấp",
            "Trạm y tế phường Thanh Xuân bị thấm dột, tường bong tróc, thiếu phòng tiêm chủng riêng. Đề nghị bố trí kinh phí cải tạo.",
            "00367", "Phường Thanh Xuân", "Ngô Thị Lệ", "0983778899", "ngole.tx@gmail.com", Path.InProgress, ("y-te", "tinh", "SYT", 0.86f, false)),
        new(13, SubmissionKind.Feedback, "Xe tải chở vật liệu làm rơi đất cát trên đường Phạm Văn Đồng",
            "Hằng đêm xe tải chở đất từ công trình ra đường Phạm Văn Đồng không che chắn, làm rơi vãi đất cát, sáng ra đường trơn trượt, bụi mù.",
            "00611", "Đường Phạm Văn Đồng", "Hà Minh Tuấn", "0904998877", null, Path.InProgress, ("moi-truong", "xa", "UBND-X", 0.71f, false)),
        new(20, SubmissionKind.Recommendation, "Đề nghị lắp đặt hệ thống thoát nước khu dân cư Tây Mỗ",
            "Mỗi trận mưa lớn, khu dân cư tổ 9 Tây Mỗ ngập sâu 40–50 cm do chưa có hệ thống thoát nước. Đề nghị đầu tư hệ thống thoát nước đồng bộ.",
            "00634", "Tổ 9, phường Tây Mỗ", "Nguyễn Hữu Phước", "0912445566", "phuocnh.taymo@gmail.com", Path.InProgress, ("xay-dung-do-thi", "tinh", "SXD", 0.84f, false)),
        new(22, SubmissionKind.Feedback, "Quán ăn lấn chiếm vỉa hè phố Hàng Buồm",
            "Nhiều quán ăn trên phố Hàng Buồm bày bàn ghế kín vỉa hè đến tận lòng đường từ 17 giờ, người đi bộ phải đi xuống lòng đường.",
            "00070", "Phố Hàng Buồm", "Trịnh Thu Hà", "0945332211", null, Path.New, ("an-ninh-trat-tu", "xa", "UBND-X", 0.52f, true)),
        new(25, SubmissionKind.Recommendation, "Kiến nghị điều chỉnh mức hỗ trợ người cao tuổi từ 75 tuổi",
            "Mức trợ cấp xã hội hằng tháng cho người cao tuổi từ 75 tuổi không có lương hưu còn thấp so với giá cả. Cử tri đề nghị nâng mức hỗ trợ.",
            "00118", "Phường Bồ Đề", "Phan Văn Lộc", "0903667788", null, Path.InProgress, ("lao-dong-xa-hoi", "tinh", "SYT", 0.64f, false), SubmissionChannel.Letter),
        new(8, SubmissionKind.Complaint, "Khiếu nại việc không cấp phép xây dựng nhà ở riêng lẻ",
            "Tôi nộp hồ sơ xin cấp phép xây dựng nhà ở riêng lẻ tại thửa đất số 112 từ tháng 9 nhưng bị từ chối với lý do chưa phù hợp quy hoạch, trong khi các hộ liền kề đều được cấp phép. Đề nghị xem xét lại.",
            "09556", "Phường Hà Đông", "Lê Thị Ngọc Ánh", "0989334455", "anhltn.hadong@gmail.com", Path.Accepted, ("xay-dung-do-thi", "xa", "UBND-X", 0.77f, false)),
        new(35, SubmissionKind.Complaint, "Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng",
            "Gia đình tôi bị xử phạt 40 triệu đồng vì xây dựng sai phép, nhưng phần cơi nới đã có từ trước năm 2015. Đề nghị hủy quyết định xử phạt.",
            "00235", "Phường Đống Đa", "Vũ Đình Khôi", "0913226655", null, Path.Accepted, ("xay-dung-do-thi", "xa", "UBND-X", 0.81f, false)),
        new(10, SubmissionKind.Recommendation, "Đề nghị cải tạo mặt đường Nguyễn Trãi đoạn qua Thanh Xuân",
            "Mặt đường Nguyễn Trãi đoạn từ Ngã Tư Sở đến Khuất Duy Tiến bị lún, nứt, nhiều ổ gà sau mùa mưa. Đề nghị sớm duy tu, sửa chữa.",
            "00367", "Đường Nguyễn Trãi", "Mai Văn Thành", "0915889900", "thanhmv.nguyentrai@gmail.com", Path.ForwardedToConstruction, ("giao-thong", "tinh", "SXD", 0.93f, false)),
        new(15, SubmissionKind.Feedback, "Cầu đi bộ qua đường Giải Phóng bị hỏng lan can",
            "Lan can cầu đi bộ trước Bến xe Giáp Bát bị gãy hai đoạn, rất nguy hiểm cho học sinh. Đề nghị sửa chữa khẩn cấp.",
            "00352", "Đường Giải Phóng", "Đỗ Thị Phương", "0976554433", null, Path.ForwardedToConstruction, ("giao-thong", "tinh", "SXD", 0.89f, false)),
        new(40, SubmissionKind.Recommendation, "Kiến nghị về tiến độ chậm của dự án cải tạo chung cư cũ Kim Liên",
            "Dự án cải tạo chung cư cũ khu Kim Liên chậm tiến độ nhiều năm, các hộ dân tạm cư kéo dài. Đề nghị Sở Xây dựng đôn đốc chủ đầu tư.",
            "00229", "Khu tập thể Kim Liên", "Nguyễn Thị Thanh", "0904556677", "thanhnt.kimlien@gmail.com", Path.ForwardedToConstruction, ("xay-dung-do-thi", "tinh", "SXD", 0.87f, false)),
        new(18, SubmissionKind.Feedback, "Nhà xưởng tự phát gây ô nhiễm tiếng ồn ở xã Bát Tràng",
            "Một xưởng cơ khí tự phát hoạt động cả đêm, tiếng ồn lớn ảnh hưởng sinh hoạt của các hộ xung quanh. Đề nghị kiểm tra, xử lý.",
            "00577", "Thôn Giang Cao, xã Bát Tràng", "Nguyễn Văn Cường", "0353667788", null, Path.ForwardedToWard, ("moi-truong", "xa", "UBND-X", 0.74f, false)),
        new(30, SubmissionKind.Feedback, "Đèn đường không sáng trên đê Long Biên",
            "Đoạn đường đê từ cầu Chương Dương đến cầu Long Biên mất điện chiếu sáng buổi tối, nhiều vụ cướp giật đã xảy ra.",
            "00145", "Đường đê Long Biên", "Kiều Văn Nam", "0987112244", "namkv.lb@gmail.com", Path.Answered, ("xay-dung-do-thi", "tinh", "SXD", 0.8f, false)),
        new(45, SubmissionKind.Recommendation, "Đề nghị mở lớp học bơi miễn phí cho học sinh tiểu học",
            "Mùa hè nhiều trẻ em đuối nước. Đề nghị phường phối hợp các trường mở lớp dạy bơi miễn phí cho học sinh tiểu học.",
            "00199", "Phường Láng", "Hoàng Thị Yến", "0918223344", "yenht.lang@gmail.com", Path.Answered, ("van-hoa-the-thao-du-lich", "xa", "UBND-X", 0.69f, false)),
        new(28, SubmissionKind.Recommendation, "Hỏi thủ tục đăng ký thường trú cho con sau khi sáp nhập phường",
            "Tôi muốn đăng ký thường trú cho con mới sinh nhưng không biết nộp hồ sơ ở đâu sau khi sắp xếp lại phường. Đề nghị hướng dẫn.",
            "00190", "Phường Ô Chợ Dừa", "Lại Văn Đông", "0934556677", "donglv.ocd@gmail.com", Path.Guided, ("an-ninh-trat-tu", "xa", "CA-X", 0.75f, false)),
        new(9, SubmissionKind.Feedback, "Đơn không rõ nội dung, không ghi địa chỉ liên hệ",
            "Đề nghị giải quyết việc của gia đình tôi như đã trình bày nhiều lần trước đây, mong được quan tâm sớm.",
            "00082", "Không ghi", null, null, null, Path.NotEligible, ("khac", "xa", "UBND-X", 0.22f, true), SubmissionChannel.Letter),
        new(3, SubmissionKind.Denunciation, "Tố cáo cán bộ phường nhận tiền để bỏ qua vi phạm xây dựng",
            "Tôi tố cáo cán bộ phụ trách trật tự xây dựng phường đã nhận 30 triệu đồng của chủ công trình số 17 ngõ 105 để không lập biên bản vi phạm. Tôi có ảnh chụp và tin nhắn.",
            "00025", "Phường Giảng Võ", "Nguyễn Thị Bảo Ngọc", "0965123123", "baongoc.gv@gmail.com", Path.AssignedDenunciation, ("khieu-nai-to-cao", "tinh", "TTT", 0.83f, false)),
        new(9, SubmissionKind.Denunciation, "Tố cáo hành vi khai thác cát trái phép trên sông Hồng",
            "Nhiều đêm liền có tàu hút cát trái phép trên sông Hồng đoạn qua xã Phúc Thọ, gây sạt lở bờ và ruộng của dân. Tôi đề nghị công an điều tra, xử lý.",
            "09715", "Xã Phúc Thọ", "Trần Văn Khải", "0387665544", null, Path.New, ("moi-truong", "tinh", "CA-T", 0.61f, true)),
    ];

    public static async Task<int> SeedAsync(CitizenVoiceDbContext db, SubmissionClocks clocks, UnitDirectory units, CitizenVoiceUser? processor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Commune People's Committees are created on first use, as the forwarding use case does.
        await units.EnsureAsync(UnitCodes.CommuneBody("01", "00577", "UBND-X"), cancellationToken);
        var actor = processor?.Id ?? "demo";
        var count = 0;
        foreach (var item in Items)
        {
            var receivedAt = now.AddDays(-item.DaysAgo).AddHours(-(item.DaysAgo % 5));
            var submission = await ReceiveAsync(db, clocks, item, receivedAt, cancellationToken);
            await WalkAsync(clocks, submission, item.Path, receivedAt, actor, processor?.FullName ?? "Cán bộ xử lý", cancellationToken);
            count++;
        }

        // A duplicate pair: the same resident sent the same letter twice; the second is merged into the first.
        var original = new Item(16, SubmissionKind.Recommendation, "Đề nghị giải quyết tình trạng ngập úng ngõ 165 Cầu Giấy",
            "Ngõ 165 Cầu Giấy ngập sâu mỗi khi mưa lớn do cống thoát nước bị bồi lấp. Đề nghị nạo vét cống và nâng cốt mặt ngõ.",
            "00166", "Ngõ 165 Cầu Giấy", "Tạ Văn Bình", "0913445566", "binhtv.caugiay@gmail.com", Path.InProgress, ("xay-dung-do-thi", "xa", "UBND-X", 0.85f, false));
        var master = await ReceiveAsync(db, clocks, original, now.AddDays(-16), cancellationToken);
        await WalkAsync(clocks, master, Path.InProgress, now.AddDays(-16), actor, "", cancellationToken);
        var copy = await ReceiveAsync(db, clocks, original with { DaysAgo = 6, Title = "Đề nghị giải quyết ngập úng ngõ 165 Cầu Giấy (gửi lại)", Path = Path.New }, now.AddDays(-6), cancellationToken);
        copy.MarkDuplicateOf(master, "Đã gộp vào đơn gửi trước.", actor, now.AddDays(-5));
        await clocks.OnStatusEnteredAsync(copy, copy.Status, now.AddDays(-5), cancellationToken);
        return count + 2;
    }

    private static async Task<Submission> ReceiveAsync(CitizenVoiceDbContext db, SubmissionClocks clocks, Item item, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var draft = new SubmissionDraft(item.Kind, item.Channel, item.Title, item.Content, "01", item.Commune, item.Address,
            new Submitter { FullName = item.Name, Phone = item.Phone, Email = item.Email }, item.Name is null && item.Kind == SubmissionKind.Feedback,
            item.Kind == SubmissionKind.Complaint ? "Quyết định hành chính của UBND phường" : null,
            item.Kind == SubmissionKind.Complaint ? DateOnly.FromDateTime(receivedAt.UtcDateTime.AddDays(-15)) : null, Consent, Office);
        var submission = Submission.Receive(draft, TrackingCode.NewCode(), receivedAt);
        var (topic, level, agency, confidence, triage) = item.Routing;
        submission.ApplySuggestion(new RoutingSuggestion(topic, confidence, level, confidence, new AgencyChoice(agency, agency), [], triage), receivedAt.AddMinutes(1));
        db.Submissions.Add(submission);
        await clocks.OnStatusEnteredAsync(submission, SubmissionStatus.Received, receivedAt, cancellationToken);
        return submission;
    }

    private static async Task WalkAsync(SubmissionClocks clocks, Submission s, Path path, DateTimeOffset receivedAt,
        string actor, string actorName, CancellationToken cancellationToken)
    {
        var at = receivedAt;
        async Task Step(Action<DateTimeOffset> apply, double afterDays)
        {
            at = at.AddDays(afterDays);
            var before = s.Status;
            apply(at);
            if (s.Status != before)
            {
                await clocks.OnStatusEnteredAsync(s, s.Status, at, cancellationToken);
            }
        }

        if (path == Path.New)
        {
            return;
        }

        if (path == Path.NotEligible)
        {
            await Step(t => s.RecordEligibility(false, true, false, "Đơn không ghi họ tên, địa chỉ người gửi, nội dung không rõ ràng (Thông tư 05/2021/TT-TTCP).", actor, t), 1);
            return;
        }

        await Step(t => s.StartProcessing(actor, t), 1);
        switch (path)
        {
            case Path.Accepted:
                await Step(t => s.Accept(actor, t), 2);
                break;
            case Path.AssignedDenunciation:
                await Step(t => s.AssignStaff(actor, actorName, actor, t), 0.1);
                await Step(t => s.RecordEligibility(true, false, false, null, actor, t), 0.2);
                break;
            case Path.ForwardedToConstruction:
                await Step(t => s.Forward(Construction, "Sở Xây dựng thành phố Hà Nội", Office, "Đề nghị Sở xem xét, trả lời công dân và thông báo kết quả cho Văn phòng.", actor, t), 2);
                break;
            case Path.ForwardedToWard:
                await Step(t => s.Forward(UnitCodes.CommuneBody("01", s.CommuneCode, "UBND-X"), "Ủy ban nhân dân xã Bát Tràng", Office, null, actor, t), 2);
                break;
            case Path.Answered:
                await Step(t => s.Forward(Construction, "Sở Xây dựng thành phố Hà Nội", Office, null, actor, t), 2);
                await Step(t => s.RecordAnswer("Sở Xây dựng đã chỉ đạo đơn vị quản lý hạ tầng kiểm tra, khắc phục; công việc hoàn thành trong tuần, đề nghị người dân tiếp tục phản ánh nếu còn tồn tại.",
                    "2318/SXD-HTKT", DateOnly.FromDateTime(at.UtcDateTime.AddDays(5).AddDays(-1)), "Đỗ Thị Lan Anh", Construction, "Sở Xây dựng thành phố Hà Nội", actor, t), 6);
                break;
            case Path.Guided:
                await Step(t => s.Guide("Ông/Bà nộp hồ sơ đăng ký thường trú trực tuyến trên Cổng dịch vụ công quốc gia hoặc tại Công an phường nơi cư trú; mang theo giấy khai sinh của cháu và CCCD của cha mẹ.", actor, t), 2);
                break;
        }

        if (s.Kind == SubmissionKind.Complaint && path == Path.Accepted)
        {
            await Step(t => s.DecideComplexity(CaseComplexity.Ordinary, "Nội dung rõ ràng, một quyết định hành chính.", actor, actorName, t), 0.5);
        }
    }
}
