using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.SessionReports;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// Demo consolidation for Hà Nội: the upcoming session's opinions clustered and accepted as compiled items with edited
/// summaries and a first report version; the past session (Kỳ họp thứ nhất) with items forwarded, most answered and
/// published on the portal, two still waiting and overdue. Runs after the voter-meeting demo data.
/// </summary>
public static class DemoConsolidation
{
    private const string Owner = "01.VP-DBQH-HDND-T";

    public static async Task SeedAsync(CitizenVoiceDbContext db, IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.ConsolidatedItems.AnyAsync(cancellationToken))
        {
            return;
        }

        var sessions = await db.Sessions.Where(s => s.OwnerUnitCode == Owner && s.Body == SessionBody.NationalAssembly).OrderBy(s => s.Number).ToListAsync(cancellationToken);
        if (sessions.Count < 2)
        {
            return;
        }

        var (past, upcoming) = (sessions[0], sessions[1]);
        await CompileUpcomingAsync(db, upcoming, now, cancellationToken);
        await SeedPastSessionAsync(db, past, now, cancellationToken);
        AddRecipients(db, past, now);
        AddRecipients(db, upcoming, now);
        await db.SaveChangesAsync(cancellationToken);

        // The writers live in CitizenVoice.Reports, registered by the host (AddReports); without them no version is made.
        if (services.GetService<GenerateSessionReport>() is { } generate)
        {
            var compiler = new StaffScope("demo", "Phạm Quốc Bảo", Owner, new HashSet<string> { StaffRoles.ReportCompiler });
            foreach (var (session, number, date) in new[] { (past, 9, new DateOnly(2026, 3, 25)), (upcoming, 41, DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime)) })
            {
                var province = await db.Provinces.FirstOrDefaultAsync(p => p.Code == "01", cancellationToken);
                var settings = ReportSettings.DefaultFor(session, province, date) with
                {
                    Number = number, Date = date, SignerName = "Phạm Thị Thanh Mai",
                    Subject = $"Tổng hợp ý kiến, kiến nghị của cử tri trước {session.Title}",
                };
                await generate.ExecuteAsync(session.Id, settings, compiler, cancellationToken);
            }
        }
    }

    private static async Task CompileUpcomingAsync(CitizenVoiceDbContext db, Session session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var opinions = await db.VoterOpinions.Where(o => o.SessionId == session.Id).OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken);
        var places = await db.Communes.Where(c => c.ProvinceCode == "01").Select(c => c.Name).ToListAsync(cancellationToken);
        var byId = opinions.ToDictionary(o => o.Id);
        var clusters = new OpinionClusterer(new OpinionClustererOptions { PlaceNames = places })
            .Cluster([.. opinions.Select(o => new ClusterInput(o.Id, o.Content, null, o.ProvinceCode, o.CommuneCode))], cancellationToken);
        var sort = 0;
        // Most groups become items; every fifth is left in "Đề xuất gộp" for the compiler to try.
        foreach (var cluster in clusters.Where((c, i) => c.Count > 1 && i % 5 != 4))
        {
            var members = cluster.MemberIds.Select(id => byId[id]).ToList();
            var representative = byId[cluster.RepresentativeId];
            var item = ConsolidatedItem.Compile(session, ProposedSummary.From(representative.Content), representative, sort += ConsolidatedItem.SortStep, null, now);
            foreach (var member in members)
            {
                member.AssignToConsolidatedItem(item.Id, now);
            }

            item.Recount(members, now);
            db.ConsolidatedItems.Add(item);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly (string Commune, string Place, DateOnly Date, int Voters)[] PastMeetings =
    [
        ("00070", "Hội trường UBND phường Hoàn Kiếm, 126 Hàng Trống", new DateOnly(2026, 3, 16), 185),
        ("00166", "Hội trường UBND phường Cầu Giấy, 36 Cầu Giấy", new DateOnly(2026, 3, 18), 142),
        ("00454", "Hội trường UBND xã Đông Anh, 68 Cao Lỗ", new DateOnly(2026, 3, 20), 210),
    ];

    /// <summary>Item: opinions (meeting index, wording, voters), routing, and the answer (null while waiting).</summary>
    private static readonly (string Summary, (int Meeting, string Text, int Voters)[] Opinions, string Topic, string Level, string Agency, string? UnitCode,
        (string Agency, string Number, DateOnly Date, string Text)? Answer)[] PastItems =
    [
        ("Cử tri đề nghị nâng mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo từ 70% lên 100% để người dân yên tâm khám, chữa bệnh.",
            [(0, "Đề nghị nâng mức hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo lên 100%.", 4), (1, "Hộ cận nghèo vẫn phải tự đóng 30% bảo hiểm y tế, nhiều gia đình không đủ khả năng; đề nghị Nhà nước hỗ trợ toàn bộ.", 2), (2, "Đề nghị hỗ trợ 100% mức đóng bảo hiểm y tế cho người thuộc hộ cận nghèo.", 3)],
            "bao-hiem", "trung-uong", "BYT", null,
            ("Bộ Y tế", "2871/BYT-BH", new DateOnly(2026, 6, 12), "Bộ Y tế tiếp thu kiến nghị của cử tri. Tại dự thảo Nghị định sửa đổi Nghị định số 146/2018/NĐ-CP, Bộ Y tế đã đề xuất nâng mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ gia đình cận nghèo từ 70% lên 100% đối với người đang sinh sống tại các xã khu vực II, III và nâng mức hỗ trợ tối thiểu cho các đối tượng còn lại; Bộ sẽ tiếp tục báo cáo Chính phủ xem xét, quyết định phù hợp với khả năng cân đối ngân sách.")),
        ("Cử tri đề nghị sớm ban hành hướng dẫn về chế độ, chính sách đối với cán bộ không chuyên trách cấp xã dôi dư sau sắp xếp đơn vị hành chính.",
            [(1, "Cán bộ không chuyên trách ở tổ dân phố sau sáp nhập chưa biết chế độ thế nào, đề nghị sớm có hướng dẫn.", 2), (2, "Đề nghị có chính sách hỗ trợ cán bộ không chuyên trách cấp xã dôi dư sau sắp xếp.", 5)],
            "noi-vu-can-bo", "trung-uong", "BNV", null,
            ("Bộ Nội vụ", "4120/BNV-CQĐP", new DateOnly(2026, 6, 25), "Chính phủ đã ban hành Nghị định số 154/2025/NĐ-CP quy định chính sách tinh giản biên chế, trong đó có chế độ đối với người hoạt động không chuyên trách ở cấp xã dôi dư do sắp xếp đơn vị hành chính. Bộ Nội vụ đã có văn bản hướng dẫn các địa phương thực hiện; đề nghị cử tri liên hệ UBND xã, phường nơi công tác để được giải quyết.")),
        ("Cử tri phản ánh tình trạng cắt điện không báo trước trong những ngày nắng nóng, ảnh hưởng sinh hoạt và sản xuất, kinh doanh của người dân.",
            [(0, "Mùa hè năm ngoái phố Hàng Bạc bị cắt điện nhiều lần không báo trước.", 1), (2, "Điện cắt đột xuất vào buổi trưa nắng nóng, các hộ kinh doanh bị thiệt hại.", 3)],
            "cong-thuong-dien", "trung-uong", "EVN", null,
            ("Tập đoàn Điện lực Việt Nam", "3305/EVN-KD", new DateOnly(2026, 6, 5), "EVN đã chỉ đạo Tổng công ty Điện lực thành phố Hà Nội thông báo lịch tạm ngừng cấp điện trước ít nhất 05 ngày qua ứng dụng, tin nhắn và trang thông tin điện tử; hoàn thành cải tạo 112 trạm biến áp quá tải trước mùa nắng nóng năm 2026, bảo đảm cấp điện ổn định cho sinh hoạt và sản xuất.")),
        ("Cử tri đề nghị thành phố sớm cải tạo, nâng cấp tuyến đường Cao Lỗ đoạn qua xã Đông Anh đã xuống cấp, thường xuyên ngập úng khi mưa lớn.",
            [(2, "Đường Cao Lỗ xuống cấp, mưa là ngập, đề nghị thành phố sớm nâng cấp.", 6), (2, "Đề nghị làm hệ thống thoát nước đường Cao Lỗ, mỗi lần mưa học sinh không đi học được.", 2)],
            "giao-thong", "tinh", "SXD", "01.SXD",
            ("Sở Xây dựng thành phố Hà Nội", "1578/SXD-GT", new DateOnly(2026, 5, 28), "Dự án cải tạo, nâng cấp đường Cao Lỗ (đoạn từ cầu Vân Trì đến ngã ba Uy Nỗ) đã được UBND thành phố phê duyệt chủ trương đầu tư; dự kiến khởi công trong quý IV năm 2026. Trong thời gian chờ triển khai, Sở đã chỉ đạo đơn vị duy tu nạo vét hệ thống thoát nước, vá sửa mặt đường để bảo đảm an toàn giao thông.")),
        ("Cử tri đề nghị có giải pháp giảm sĩ số học sinh tiểu học tại các trường trên địa bàn phường Cầu Giấy, bố trí thêm quỹ đất xây dựng trường học.",
            [(1, "Lớp 1 của cháu có 52 học sinh, quá đông, đề nghị xây thêm trường.", 3), (1, "Đề nghị thành phố bố trí thêm quỹ đất xây trường tiểu học ở Cầu Giấy.", 1)],
            "giao-duc", "tinh", "SGDDT", "01.SGDDT", null),
        ("Cử tri đề nghị Bộ Nông nghiệp và Môi trường hướng dẫn cụ thể việc cấp giấy chứng nhận quyền sử dụng đất đối với đất có nguồn gốc giao trái thẩm quyền trước năm 2014.",
            [(2, "Nhiều hộ ở xã Đông Anh sử dụng đất giao trái thẩm quyền từ những năm 1990 đến nay vẫn chưa được cấp sổ đỏ.", 4)],
            "dat-dai", "trung-uong", "BNNMT", null, null),
    ];

    private static async Task SeedPastSessionAsync(CitizenVoiceDbContext db, Session session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var meetings = PastMeetings.Select(m => VoterMeeting.Plan(session, new VoterMeetingDetails(MeetingPhase.BeforeSession, m.Date, new TimeOnly(8, 0), m.Place, "01", m.Commune,
            "01.DDBQH-T", ["Nguyễn Thị Thanh Hương", "Trần Quốc Hùng"], m.Voters, null, VoterMeetingStatus.Recorded), null, now)).ToList();
        db.VoterMeetings.AddRange(meetings);
        var sort = 0;
        var received = new DateOnly(2026, 4, 2);
        foreach (var (summary, raised, topic, level, agency, unit, answer) in PastItems)
        {
            var opinions = raised.Select(r =>
            {
                var opinion = VoterOpinion.Record(meetings[r.Meeting], new OpinionText(null, null, r.Text, r.Voters, false, null), null, null, now);
                opinion.ConfirmRouting(topic, level, agency, "demo", now);
                return opinion;
            }).ToList();
            db.VoterOpinions.AddRange(opinions);
            var item = ConsolidatedItem.Compile(session, summary, opinions[0], sort += ConsolidatedItem.SortStep, null, now);
            item.Edit(summary, topic, level, agency, unit, now);
            foreach (var opinion in opinions)
            {
                opinion.AssignToConsolidatedItem(item.Id, now);
            }

            item.Recount(opinions, now);
            item.MarkForwarded(received, now);
            if (answer is { } a)
            {
                item.RecordAnswer(a.Agency, a.Number, a.Date, a.Text, received, publish: true, "demo", now);
            }

            db.ConsolidatedItems.Add(item);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddRecipients(CitizenVoiceDbContext db, Session session, DateTimeOffset now)
    {
        db.ReportRecipients.AddRange(
            ReportRecipient.Add(session.Id, session.OwnerUnitCode, false, "Ủy ban Dân nguyện và Giám sát của Quốc hội", "dannguyen@demo.quochoi.vn", now),
            ReportRecipient.Add(session.Id, session.OwnerUnitCode, false, "Ban Dân chủ - Pháp luật, Ủy ban Trung ương MTTQ Việt Nam", "danchu-phapluat@demo.mattran.org.vn", now),
            ReportRecipient.Add(session.Id, session.OwnerUnitCode, true, "Thường trực Hội đồng nhân dân thành phố Hà Nội", "hdnd@demo.hanoi.gov.vn", now),
            ReportRecipient.Add(session.Id, session.OwnerUnitCode, true, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội", "mttq@demo.hanoi.gov.vn", now));
    }
}
