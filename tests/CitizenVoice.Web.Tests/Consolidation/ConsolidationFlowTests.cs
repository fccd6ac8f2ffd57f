using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Email;
using CitizenVoice.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static CitizenVoice.Web.Tests.Consolidation.ConsolidationData;

namespace CitizenVoice.Web.Tests.Consolidation;

public sealed class ConsolidationFlowTests
{
    private static readonly (string, string)[] ReportFields =
    [
        ("Form.ParentBody", "QUỐC HỘI KHÓA XVI"), ("Form.IssuingBody", "ĐOÀN ĐẠI BIỂU QUỐC HỘI\nTHÀNH PHỐ HÀ NỘI"), ("Form.Number", "15"),
        ("Form.IssuerCode", "ĐĐBQH"), ("Form.Place", "Hà Nội"), ("Form.Date", "2026-12-08"),
        ("Form.Subject", "Tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ nhất, Quốc hội khóa XVI"),
        ("Form.Preamble", "Thực hiện Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN, Đoàn báo cáo như sau:"),
        ("Form.Organisers", "Đoàn đại biểu Quốc hội thành phố phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
        ("Form.Remarks", "Các cuộc tiếp xúc được tổ chức đúng kế hoạch."), ("Form.GeneralOpinions", "Cử tri đồng tình với kết quả phát triển kinh tế - xã hội."),
        ("Form.Proposals", "Đề nghị Ủy ban Dân nguyện và Giám sát chuyển các kiến nghị tại mục B tới các bộ, ngành."),
        ("Form.SignerAuthority", "TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI"), ("Form.SignerPosition", "PHÓ TRƯỞNG ĐOÀN CHUYÊN TRÁCH"), ("Form.SignerName", "Phạm Thị Thanh Mai"),
        ("Form.Recipients", "Ủy ban Dân nguyện và Giám sát\nĐoàn Chủ tịch UBTƯ MTTQ Việt Nam"), ("Form.Archive", "VT, ĐĐBQH"),
    ];

    [Fact]
    public async Task ProposesClustersThenAcceptsSplitsAddsAndMerges()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var data = await SeedAsync(app, HanoiOffice);
        var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, HanoiOffice);

        var proposals = await HtmlAsync(client, $"/staff/sessions/{data.SessionId}/consolidation");
        Assert.Contains("Nhóm 1: 4 ý kiến", proposals);
        Assert.Contains("hộ cận nghèo", proposals);
        Assert.Contains("Trần Khánh Dư", proposals);

        // Split: the portal opinion is left out of the accepted cluster and stays proposed.
        var insurance = await AcceptAsync(app, client, data.SessionId, data.Insurance[..3], "Cử tri đề nghị nâng mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo lên 100%.");
        var item = await app.WithDbAsync(db => db.ConsolidatedItems.SingleAsync(i => i.Id == insurance));
        Assert.Equal((3, 6, 3, 3), (item.OpinionCount, item.VoterCount, item.MeetingCount, item.LocalityCount));
        proposals = await HtmlAsync(client, $"/staff/sessions/{data.SessionId}/consolidation?all=true");
        Assert.Contains(data.Insurance[3].ToString(), proposals);
        Assert.DoesNotContain(data.Insurance[0].ToString(), proposals);

        var page = $"/staff/sessions/{data.SessionId}/consolidation";
        var added = await PostAsync(client, page, page + "?handler=add", [("opinionIds", data.Insurance[3].ToString()), ("itemId", insurance.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        item = await app.WithDbAsync(db => db.ConsolidatedItems.SingleAsync(i => i.Id == insurance));
        Assert.Equal((4, 7, 3), (item.OpinionCount, item.VoterCount, item.MeetingCount));

        var road = await AcceptAsync(app, client, data.SessionId, data.Road);
        var power = await AcceptAsync(app, client, data.SessionId, [data.Power]);
        var itemPage = $"/staff/sessions/{data.SessionId}/items/{road}";
        var merged = await PostAsync(client, itemPage, itemPage + "?handler=merge", [("sourceId", power.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(road, await ItemOfAsync(app, data.Power));
        Assert.False(await app.WithDbAsync(db => db.ConsolidatedItems.AnyAsync(i => i.Id == power)));

        var split = await PostAsync(client, itemPage, itemPage + "?handler=remove", [("opinionId", data.Power.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        Assert.Null(await ItemOfAsync(app, data.Power));
        var roadItem = await app.WithDbAsync(db => db.ConsolidatedItems.SingleAsync(i => i.Id == road));
        Assert.Equal((2, 5), (roadItem.OpinionCount, roadItem.VoterCount));
    }

    [Fact]
    public async Task AcceptingAnOpinionAlreadyCompiledIsRefusedWithoutChangingAnything()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var data = await SeedAsync(app, HanoiOffice);
        var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, HanoiOffice);
        var first = await AcceptAsync(app, client, data.SessionId, data.Road);

        var page = $"/staff/sessions/{data.SessionId}/consolidation";
        var again = await PostAsync(client, page, page + "?handler=accept", [("opinionIds", data.Road[0].ToString()), ("opinionIds", data.Power.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("đã được gộp", await HtmlAsync(client, page));
        Assert.Equal(first, await ItemOfAsync(app, data.Road[0]));
        Assert.Null(await ItemOfAsync(app, data.Power));
        Assert.Equal(1, await app.WithDbAsync(db => db.ConsolidatedItems.CountAsync()));
    }

    [Fact]
    public async Task HtmxAcceptAnswersWithTheClusterFragment()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var data = await SeedAsync(app, HanoiOffice);
        var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, HanoiOffice);
        var page = $"/staff/sessions/{data.SessionId}/consolidation";
        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, page + "?handler=accept")
        {
            Content = new FormUrlEncodedContent([new("opinionIds", data.Road[0].ToString()), new("opinionIds", data.Road[1].ToString())]),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("X-CSRF-TOKEN", Portal.PortalForms.Token(html));

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Đã tạo kiến nghị từ 2 ý kiến.", fragment);
        Assert.DoesNotContain("<html", fragment);
        Assert.NotNull(await ItemOfAsync(app, data.Road[1]));
    }

    [Fact]
    public async Task GeneratedReportHasTheSectionsAndItsCountsAgreeWithTheAppendix()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var data = await SeedAsync(app, HanoiOffice);
        var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, HanoiOffice);
        await AcceptAsync(app, client, data.SessionId, data.Insurance);
        await AcceptAsync(app, client, data.SessionId, data.Road);
        await AcceptAsync(app, client, data.SessionId, [data.Power]);

        var (docx, xlsx) = await GenerateAsync(client, data.SessionId);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().Select(p => string.Concat(p.Descendants<W.Text>().Select(t => t.Text))).ToList();
        string[] headings = ["I. TÌNH HÌNH TỔ CHỨC TIẾP XÚC CỬ TRI", "II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI", "A. Ý KIẾN CHUNG CỦA CỬ TRI",
            "B. KIẾN NGHỊ THUỘC THẨM QUYỀN CỦA CÁC CƠ QUAN TRUNG ƯƠNG", "C. KIẾN NGHỊ THUỘC THẨM QUYỀN CỦA ĐỊA PHƯƠNG", "III. ĐỀ XUẤT, KIẾN NGHỊ"];
        var positions = headings.Select(h => paragraphs.IndexOf(h)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(paragraphs, p => p.Contains("đã tổ chức 3 cuộc tiếp xúc cử tri tại 3 xã, phường, với 390 lượt cử tri", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("cử tri đã nêu 7 lượt ý kiến, kiến nghị", StringComparison.Ordinal) && p.Contains("thành 3 nhóm kiến nghị", StringComparison.Ordinal));

        // Central first, in agencies.csv order (BYT before EVN), then local; numbers continue across sections.
        var insurance = paragraphs.Single(p => p.StartsWith("Kiến nghị 1. ", StringComparison.Ordinal));
        Assert.Contains("bảo hiểm y tế", insurance);
        Assert.EndsWith("(4 lượt ý kiến tại 4 cuộc tiếp xúc, 3 xã, phường)", insurance);
        Assert.Contains("cắt điện", paragraphs.Single(p => p.StartsWith("Kiến nghị 2. ", StringComparison.Ordinal)));
        var road = paragraphs.Single(p => p.StartsWith("Kiến nghị 3. ", StringComparison.Ordinal));
        Assert.EndsWith("(2 lượt ý kiến tại 2 cuộc tiếp xúc, 2 xã, phường)", road);
        Assert.True(paragraphs.IndexOf(road) > positions[4]);
        Assert.Contains(paragraphs, p => p.Contains("(Sở Xây dựng)", StringComparison.Ordinal));

        using var excel = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var central = Rows(excel, "B. Trung ương");
        var local = Rows(excel, "C. Địa phương");
        Assert.Equal(4, central.Count(r => r.ElementAtOrDefault(1) == "1"));
        Assert.Equal(1, central.Count(r => r.ElementAtOrDefault(1) == "2"));
        Assert.Equal(2, local.Count(r => r.ElementAtOrDefault(1) == "3"));
        Assert.DoesNotContain(central.Concat(local), r => r.Contains(CitizenEmail));
    }

    [Fact]
    public async Task ASecondVersionIsStoredAndShowsWhatChanged()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var data = await SeedAsync(app, HanoiOffice);
        var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, HanoiOffice);
        var insurance = await AcceptAsync(app, client, data.SessionId, data.Insurance[..3]);
        await GenerateAsync(client, data.SessionId);

        var itemPage = $"/staff/sessions/{data.SessionId}/items/{insurance}";
        var version = await app.WithDbAsync(db => db.ConsolidatedItems.Where(i => i.Id == insurance).Select(i => i.Version).SingleAsync());
        var saved = await PostAsync(client, itemPage, itemPage + "?handler=save", [("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Summary", "Cử tri đề nghị Chính phủ hỗ trợ 100% mức đóng bảo hiểm y tế cho người thuộc hộ cận nghèo."),
            ("Input.TopicCode", "bao-hiem"), ("Input.CompetenceLevel", "trung-uong"), ("Input.AgencyCode", "BYT")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await AcceptAsync(app, client, data.SessionId, data.Road);
        await GenerateAsync(client, data.SessionId);

        var html = (await HtmlAsync(client, $"/staff/sessions/{data.SessionId}/report"));
        Assert.Contains("Thay đổi của phiên bản 2 so với phiên bản 1", html);
        Assert.Contains("Thêm kiến nghị 2: Đường Trần Khánh Dư", html);
        Assert.Contains("Sửa nội dung kiến nghị 1", html);
        var versions = await app.WithDbAsync(db => db.ReportVersions.OrderBy(v => v.Number).Select(v => new { v.Number, v.ItemCount, v.InputHash }).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal([1, 2], versions.Select(v => v.ItemCount));
        Assert.NotEqual(versions[0].InputHash, versions[1].InputHash);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == Core.Audit.AuditActions.Export && a.SubjectType == "ReportVersion")));
    }

    [Fact]
    public async Task DispatchQueuesOneEmailWithBothFilesPerRecipientAndAsksBeforeSendingAgain()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var data = await SeedAsync(app, HanoiOffice);
        var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, HanoiOffice);
        await AcceptAsync(app, client, data.SessionId, data.Insurance);
        await GenerateAsync(client, data.SessionId);
        var page = $"/staff/sessions/{data.SessionId}/report";
        var added = await PostAsync(client, page, page + "?handler=addRecipient",
            [("recipientName", "Ủy ban Dân nguyện và Giám sát"), ("recipientEmail", "dannguyen@quochoi.example.vn"), ("forLocalItems", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var invalid = await PostAsync(client, page, page + "?handler=addRecipient", [("recipientName", "Ban Thường trực UBMTTQ"), ("recipientEmail", "khong-hop-le")]);
        Assert.Equal(HttpStatusCode.Redirect, invalid.StatusCode);
        Assert.Contains("Địa chỉ thư điện tử không hợp lệ.", (await HtmlAsync(client, page)));
        var (versionId, recipientId) = await app.WithDbAsync(async db => (await db.ReportVersions.Select(v => v.Id).SingleAsync(), await db.ReportRecipients.Select(r => r.Id).SingleAsync()));

        var sent = await PostAsync(client, page, page + "?handler=dispatch", [("versionId", versionId.ToString()), ("recipientIds", recipientId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var outbox = await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.ToAddress == "dannguyen@quochoi.example.vn").ToListAsync());
        var email = Assert.Single(outbox);
        Assert.Equal(2, await app.WithDbAsync(db => db.OutboxEmailAttachments.CountAsync(a => a.OutboxEmailId == email.Id)));
        Assert.Equal(email.Id, await app.WithDbAsync(db => db.ReportDispatches.Select(d => d.OutboxEmailId).SingleAsync()));
        Assert.NotNull(await app.WithDbAsync(db => db.ConsolidatedItems.Select(i => i.ReceivedByAgencyOn).SingleAsync()));

        Assert.True(await app.InScopeAsync(sp => sp.GetRequiredService<SendEmailJob>().RunAsync(email.Id, CancellationToken.None)));
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<SendEmailJob>().RunAsync(email.Id, CancellationToken.None)));
        var message = Assert.Single(app.Emails.Sent);
        Assert.Equal(["bao-cao-tong-hop-kien-nghi-cu-tri-v1.docx", "bao-cao-tong-hop-kien-nghi-cu-tri-v1.xlsx"], message.Files.Select(f => f.FileName));
        Assert.All(message.Files, f => Assert.True(f.Content.Length > 1000));

        var again = await PostAsync(client, page, page + "?handler=dispatch", [("versionId", versionId.ToString()), ("recipientIds", recipientId.ToString())]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Xác nhận gửi lại", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.ToAddress == "dannguyen@quochoi.example.vn")));

        var confirmed = await PostAsync(client, page, page + "?handler=dispatch",
            [("versionId", versionId.ToString()), ("recipientIds", recipientId.ToString()), ("confirmResend", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.ReportDispatches.CountAsync()));
    }

    [Fact]
    public async Task RecordingAnAnswerTellsTheCitizensPublishesItAndCountsInMonitoring()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var data = await SeedAsync(app, HanoiOffice);
        var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, HanoiOffice);
        var insurance = await AcceptAsync(app, client, data.SessionId, data.Insurance, "Cử tri đề nghị nâng mức hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo lên 100%.");
        await AcceptAsync(app, client, data.SessionId, data.Road);

        var page = $"/staff/sessions/{data.SessionId}/answers/{insurance}";
        var version = await app.WithDbAsync(db => db.ConsolidatedItems.Where(i => i.Id == insurance).Select(i => i.Version).SingleAsync());
        var invalid = await PostAsync(client, page, page, [("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.AgencyName", "Bộ Y tế")]);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var invalidHtml = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Vui lòng nhập nội dung trả lời.", invalidHtml);
        Assert.Contains("Vui lòng nhập ngày văn bản trả lời.", invalidHtml);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var saved = await PostAsync(client, page, page, [("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.AgencyName", "Bộ Y tế"),
            ("Input.DocumentNumber", "1234/BYT-BH"), ("Input.AnswerDate", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.ReceivedOn", today.AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Text", "Bộ Y tế đang trình Chính phủ sửa đổi Nghị định 146/2018/NĐ-CP, trong đó nâng mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo."),
            ("Input.Publish", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var notice = Assert.Single(await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.ToAddress == CitizenEmail).ToListAsync()));
        Assert.Contains("Nghị định 146/2018/NĐ-CP", notice.TextBody);
        var portal = app.CreateClient();
        var found = await HtmlAsync(portal, "/tra-loi-cu-tri?q=bao%20hiem%20y%20te%20can%20ngheo");
        Assert.Contains("Cử tri đề nghị nâng mức hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo lên 100%.", found);
        Assert.Contains("1234/BYT-BH", found);
        Assert.DoesNotContain("Nguyễn Thị Mai", found);
        Assert.DoesNotContain("Trần Khánh Dư", found);
        var similar = await app.InScopeAsync(sp => sp.GetRequiredService<Core.VoterMeetings.FindSimilarAnswers>()
            .ExecuteAsync("hỗ trợ đóng bảo hiểm y tế hộ cận nghèo", CancellationToken.None));
        Assert.Contains(similar, a => a.Title.Contains("hộ cận nghèo", StringComparison.Ordinal));

        // The road item was forwarded 70 days ago and never answered: overdue.
        await app.WithDbAsync(async db =>
        {
            var road = await db.ConsolidatedItems.SingleAsync(i => i.Id != insurance);
            road.MarkForwarded(today.AddDays(-70), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var monitoring = (await HtmlAsync(client, $"/staff/sessions/{data.SessionId}/answers"));
        Assert.Contains("<tr><td>Bộ Y tế</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td>", monitoring);
        Assert.Contains("<tr><td>Sở Xây dựng</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num due-overdue\">1</td></tr>", monitoring);
        var xlsx = await client.GetAsync($"/staff/sessions/{data.SessionId}/answers?handler=monitoring", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        Assert.Contains(AllText(sheet), t => t == "Sở Xây dựng");
    }

    [Fact]
    public async Task AProcessorIsRefusedAndAnotherUnitsSessionIsNotFound()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var data = await SeedAsync(app, HanoiOffice);
        var processor = await app.CreateStaffClientAsync(StaffRoles.Processor, HanoiOffice);
        Assert.Equal(HttpStatusCode.Forbidden, (await processor.GetAsync($"/staff/sessions/{data.SessionId}/report", TestContext.Current.CancellationToken)).StatusCode);

        var other = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, Core.Units.UnitCodes.DefaultIntake("79"));
        foreach (var path in new[] { "consolidation", "items", "report", "answers" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/sessions/{data.SessionId}/{path}", TestContext.Current.CancellationToken)).StatusCode);
        }

        var deputy = await app.CreateStaffClientAsync(StaffRoles.Deputy, HanoiOffice);
        var page = $"/staff/sessions/{data.SessionId}/consolidation";
        Assert.DoesNotContain("Chấp nhận thành kiến nghị", await HtmlAsync(deputy, page));
        var refused = await PostAsync(deputy, page, page + "?handler=accept", [("opinionIds", data.Power.ToString())]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(await ItemOfAsync(app, data.Power));
    }

    private static async Task<string> HtmlAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static async Task<(byte[] Docx, byte[] Xlsx)> GenerateAsync(HttpClient client, Guid sessionId)
    {
        var page = $"/staff/sessions/{sessionId}/report";
        var response = await PostAsync(client, page, page + "?handler=generate", ReportFields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync(page);
        var link = System.Text.RegularExpressions.Regex.Match(html, "\\?handler=download&(?:amp;)?versionId=([0-9a-f-]{36})&(?:amp;)?format=docx");
        Assert.True(link.Success);
        var docx = await client.GetByteArrayAsync($"{page}?handler=download&versionId={link.Groups[1].Value}&format=docx");
        var xlsx = await client.GetByteArrayAsync($"{page}?handler=download&versionId={link.Groups[1].Value}&format=xlsx");
        return (docx, xlsx);
    }

    private static List<List<string>> Rows(SpreadsheetDocument doc, string sheetName)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Spreadsheet.Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Spreadsheet.Row>()
            .Select(r => r.Elements<Spreadsheet.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())
            .ToList();
    }

    private static IEnumerable<string> AllText(SpreadsheetDocument doc) =>
        doc.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Spreadsheet.Cell>()).Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "");
}
