using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Hosting;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Staff;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CitizenVoice.Web.Tests.Browser;

/// <summary>
/// One matter from the desk to the answer, in a real browser with the demo accounts, each in its own browser session:
/// the reception officer records a visit by keyboard, a processor of the same office finds it, processes and forwards
/// it to Sở Xây dựng, the department's responder answers with the signed reply letter, and the citizen reads and
/// downloads that letter from the status lookup.
/// </summary>
public sealed class ReceptionToAnswerBrowserTests
{
    private const string Title = "Đề nghị sửa chữa mặt đường phố Hàng Bạc bị sụt lún";
    private const string LetterName = "cong-van-2150-SXD-tra-loi.pdf";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AVisitAtTheDeskIsForwardedAnsweredWithTheReplyLetterAndTheCitizenDownloadsIt()
    {
        var chromium = TestEnvironment.RequireChromium();
        await using var app = CitizenVoiceApp.Sqlite();
        var baseUrl = BrowserHelpers.StartOnKestrel(app);
        await JobsDashboardTests.SeedDemoAsync(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserHelpers.LaunchAsync(playwright, chromium);
        var cspViolations = new List<string>();

        // The reception officer records the visit with the keyboard and gets the receipt.
        var (officer, officerPage) = await OpenAsync(browser, cspViolations);
        await BrowserHelpers.SignInAsync(officerPage, baseUrl, "tiepdan@demo.citizenvoice.vn", "/staff/reception");
        await ReceptionDeskKeyboard.FillAsync(officerPage, new ReceptionVisitEntry(
            "Trần Thị Thu Hương", "001190004321", "0983 456 789", "Số 18 phố Hàng Bạc", "tranthithuhuong@example.vn", Title,
            "Bà Hương trình bày: đoạn đường trước số nhà 14 đến 22 phố Hàng Bạc bị sụt lún sâu khoảng 20 cm, mưa xuống đọng nước, xe máy đã ngã nhiều lần.",
            "hoan kiem", "00070", "Phường Hoàn Kiếm", ["Đơn đề nghị (01 bản)", "Ảnh chụp hiện trạng mặt đường (04 ảnh)"]));
        var code = await ReceptionDeskKeyboard.SaveAsync(officerPage);
        Assert.Contains(Title, await officerPage.InnerTextAsync(".receipt"), StringComparison.Ordinal);
        await officer.CloseAsync();
        var id = await app.WithDbAsync(db => db.Submissions.Where(s => s.TrackingCode == code.Replace("-", "", StringComparison.Ordinal)).Select(s => s.Id).SingleAsync(Ct));

        // A processor of the same office finds it in the inbox without diacritics, then by its code, and forwards it.
        var (processor, page) = await OpenAsync(browser, cspViolations);
        await BrowserHelpers.SignInAsync(page, baseUrl, "xulydon@demo.citizenvoice.vn", "/staff/submissions");
        await SearchInboxAsync(page, "mat duong hang bac sut lun");
        await SearchInboxAsync(page, code.ToLowerInvariant());
        await page.Locator("#inbox-results a", new PageLocatorOptions { HasText = Title }).ClickAsync();
        await BrowserHelpers.WaitForPageAsync(page, $"**/staff/submissions/{id}");
        await ClickAndWaitAsync(page, "button:has-text('Bắt đầu xử lý')", "Đã chuyển đơn sang trạng thái đang xử lý.");
        await page.ClickAsync("summary:has-text('Kiểm tra điều kiện xử lý')");
        await ClickAndWaitAsync(page, "button:has-text('Ghi kết quả kiểm tra')", "Đã ghi kết quả kiểm tra điều kiện xử lý.");
        await page.SelectOptionAsync("#topicCode", "giao-thong");
        await page.SelectOptionAsync("#level", "tinh");
        await page.SelectOptionAsync("#agencyCode", "SXD");
        await ClickAndWaitAsync(page, "button:has-text('Xác nhận phân loại')", "Đã sửa và xác nhận phân loại.");
        await page.ClickAsync("#forward summary");
        Assert.True(await page.IsCheckedAsync("#unit-default"));
        Assert.Contains("Sở Xây dựng", await page.InnerTextAsync("label[for='unit-default']"), StringComparison.Ordinal);
        await page.FillAsync("#forward-note", "Đề nghị Sở kiểm tra, sửa chữa và trả lời công dân.");
        await ClickAndWaitAsync(page, "button:has-text('Chuyển đơn')", "Đã chuyển đơn đến cơ quan có thẩm quyền.");
        var slip = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a:has-text('Tải phiếu chuyển đơn (DOCX)')"));
        var slipPath = Path.Combine(Directory.CreateTempSubdirectory("cv-slip-").FullName, slip.SuggestedFilename);
        await slip.SaveAsAsync(slipPath);
        Assert.Equal("phieu-chuyen-don-" + code.Replace("-", "", StringComparison.Ordinal) + ".docx", slip.SuggestedFilename);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync(slipPath, Ct))[..2]);
        await processor.CloseAsync();

        // The responder of Sở Xây dựng Hà Nội answers with the scanned reply letter.
        var (responder, answerPage) = await OpenAsync(browser, cspViolations);
        await BrowserHelpers.SignInAsync(answerPage, baseUrl, "coquan@demo.citizenvoice.vn", "/staff/submissions");
        await SearchInboxAsync(answerPage, code);
        await answerPage.Locator("#inbox-results a", new PageLocatorOptions { HasText = Title }).ClickAsync();
        await BrowserHelpers.WaitForPageAsync(answerPage, $"**/staff/submissions/{id}");
        Assert.True(await answerPage.Locator("#answer-step").GetAttributeAsync("open") is not null);
        await answerPage.FillAsync("#answer", "Sở Xây dựng đã giao Ban Duy tu các công trình hạ tầng kỹ thuật khảo sát và sửa chữa đoạn đường sụt lún trước ngày 15/12/2026.");
        await answerPage.FillAsync("#answer-doc", "2150/SXD-QLHT");
        await answerPage.FillAsync("#answer-date", VietnamToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await answerPage.SetInputFilesAsync("#answer-documents", new FilePayload { Name = LetterName, MimeType = "application/pdf", Buffer = AnswerDocumentsTests.ReplyLetterPdf });
        await BrowserHelpers.ScreenshotAsync(answerPage, "item-answer-form-1280.png");
        await answerPage.SetViewportSizeAsync(390, 844);
        await BrowserHelpers.ScreenshotAsync(answerPage, "item-answer-form-390.png");
        await answerPage.SetViewportSizeAsync(1280, 900);
        await ClickAndWaitAsync(answerPage, "button:has-text('Ghi trả lời và kết thúc đơn')", "Đã ghi nội dung trả lời kèm 1 tệp văn bản; đơn đã kết thúc xử lý.");
        Assert.Contains(LetterName, await answerPage.InnerTextAsync("#answer-documents-list"), StringComparison.Ordinal);
        await BrowserHelpers.ScreenshotAsync(answerPage, "item-answered-1280.png");
        await responder.CloseAsync();

        // The citizen looks it up with the code and phone and downloads the letter.
        var (citizen, lookup) = await OpenAsync(browser, cspViolations);
        await lookup.GotoAsync(baseUrl + "/tra-cuu");
        await lookup.FillAsync("#code", code);
        await lookup.FillAsync("#contact", "0983456789");
        await lookup.ClickAsync("button:has-text('Tra cứu')");
        await lookup.Locator("#answer-documents").WaitForAsync();
        Assert.Equal("Đã trả lời", (await lookup.InnerTextAsync("#status")).Trim());
        Assert.Contains("Văn bản số 2150/SXD-QLHT", await lookup.InnerTextAsync("#answer-documents"), StringComparison.Ordinal);
        Assert.Contains("đoạn đường sụt lún", await lookup.InnerTextAsync(".timeline"), StringComparison.Ordinal);
        await BrowserHelpers.ScreenshotAsync(lookup, "lookup-answer-1280.png");
        await lookup.SetViewportSizeAsync(390, 844);
        await BrowserHelpers.ScreenshotAsync(lookup, "lookup-answer-390.png");
        var letter = await lookup.RunAndWaitForDownloadAsync(() => lookup.ClickAsync($"#answer-documents a:has-text('{LetterName}')"));
        var letterPath = Path.Combine(Path.GetDirectoryName(slipPath)!, "letter.pdf");
        await letter.SaveAsAsync(letterPath);
        Assert.Equal(AnswerDocumentsTests.ReplyLetterPdf, await File.ReadAllBytesAsync(letterPath, Ct));
        await citizen.CloseAsync();

        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == id, Ct));
        Assert.Equal(SubmissionStatus.Answered, stored.Status);
        Assert.Equal(SubmissionChannel.Reception, stored.Channel);
        Assert.Equal("01.SXD", stored.AnsweredByUnitCode);
        Assert.Empty(cspViolations);
    }

    private static async Task<(IBrowserContext Context, IPage Page)> OpenAsync(IBrowser browser, List<string> cspViolations)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        BrowserHelpers.CollectCspViolations(page, cspViolations);
        return (context, page);
    }

    /// <summary>Types into the inbox search and waits for htmx to swap in results that list the item.</summary>
    private static async Task SearchInboxAsync(IPage page, string query)
    {
        await page.FillAsync("#q", query);
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync(url => QueryHelpers.ParseQuery(new Uri(url).Query).TryGetValue("q", out var q) && q == query);
        await page.Locator("#inbox-results a", new PageLocatorOptions { HasText = Title }).WaitForAsync();
        Assert.Equal(1, await page.Locator("#inbox-results tbody tr").CountAsync());
    }

    private static async Task ClickAndWaitAsync(IPage page, string button, string flash)
    {
        await page.ClickAsync(button);
        await page.Locator("p.flash[role=status]", new PageLocatorOptions { HasText = flash }).WaitForAsync();
    }

    private static DateOnly VietnamToday() => CitizenVoice.Core.Common.VietnamTime.DateOf(DateTimeOffset.UtcNow);
}
