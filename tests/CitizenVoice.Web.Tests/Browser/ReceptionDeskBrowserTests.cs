using CitizenVoice.Web.Tests.Hosting;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CitizenVoice.Web.Tests.Browser;

/// <summary>A reception officer in a real browser: signs in with the authenticator code and records a visit with the keyboard alone.</summary>
public sealed class ReceptionDeskBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOfficerSignsInWithACodeAndRecordsAVisitUsingOnlyTheKeyboard()
    {
        var chromium = TestEnvironment.RequireChromium();
        await using var app = CitizenVoiceApp.Sqlite();
        var baseUrl = BrowserHelpers.StartOnKestrel(app);
        await JobsDashboardTests.SeedDemoAsync(app);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserHelpers.LaunchAsync(playwright, chromium);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var cspViolations = new List<string>();
        BrowserHelpers.CollectCspViolations(page, cspViolations);

        await BrowserHelpers.SignInAsync(page, baseUrl, "tiepdan@demo.citizenvoice.vn", "/staff/reception",
            () => BrowserHelpers.ScreenshotAsync(page, "two-factor-1280.png"));
        await ReceptionDeskKeyboard.FillAsync(page, new ReceptionVisitEntry(
            "Nguyễn Văn An", "001085012345", "0912 345 678", "Số 5 ngõ 12 Hàng Bạc", "nguyenvanan@example.vn",
            "Đề nghị đo đạc lại ranh giới đất với nhà hàng xóm",
            "Ông An trình bày: nhà số 7 xây tường rào lấn sang đất nhà ông khoảng nửa mét, hai bên đã hòa giải ở tổ dân phố nhưng không thành.",
            "hoan kiem", "00070", "Phường Hoàn Kiếm", ["Đơn đề nghị (01 bản)", "Bản sao giấy chứng nhận quyền sử dụng đất"]));
        await Screenshot(page, "reception-1280.png");
        var code = await ReceptionDeskKeyboard.SaveAsync(page);

        Assert.Contains("Bản sao giấy chứng nhận quyền sử dụng đất", await page.InnerTextAsync(".receipt"), StringComparison.Ordinal);
        await Screenshot(page, "receipt-staff-1280.png");
        await page.SetViewportSizeAsync(390, 844);
        await Screenshot(page, "receipt-staff-390.png");
        await page.GotoAsync(baseUrl + "/staff/reception");
        await Screenshot(page, "reception-390.png");
        await page.Locator("#people-0-fullName").PressSequentiallyAsync("nguyen van", new LocatorPressSequentiallyOptions { Delay = 40 });
        await page.Locator("#earlier-visits .earlier-list").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Contains("Đề nghị đo đạc lại ranh giới đất", await page.InnerTextAsync("#earlier-visits"), StringComparison.Ordinal);
        await Screenshot(page, "reception-earlier-390.png");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(baseUrl + "/staff/reception/book");
        await Screenshot(page, "book-1280.png");

        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.TrackingCode == code.Replace("-", "", StringComparison.Ordinal), Ct));
        Assert.Equal("00070", stored.CommuneCode);
        Assert.Equal(CitizenVoice.Core.Submissions.SubmissionChannel.Reception, stored.Channel);
        Assert.Empty(cspViolations);
    }

    [Fact]
    public async Task ANewOfficerEnrolsTheSecondFactorFromTheQrPage()
    {
        var chromium = TestEnvironment.RequireChromium();
        await using var app = CitizenVoiceApp.Sqlite();
        var baseUrl = BrowserHelpers.StartOnKestrel(app);
        var id = await app.CreateStaffAsync(CitizenVoice.Core.Accounts.StaffRoles.ReceptionOfficer, "01.VP-DBQH-HDND-T", "moi@hanoi.gov.vn");
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CitizenVoice.Data.CitizenVoiceUser>>();
            Assert.True((await users.AddPasswordAsync((await users.FindByIdAsync(id))!, "Can-Bo-Moi@2026")).Succeeded);
            return true;
        });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserHelpers.LaunchAsync(playwright, chromium);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(baseUrl + "/dang-nhap");
        await page.Keyboard.TypeAsync("moi@hanoi.gov.vn");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Can-Bo-Moi@2026");
        await page.Keyboard.PressAsync("Enter");
        await BrowserHelpers.WaitForPageAsync(page, "**/dang-nhap/thiet-lap-xac-thuc");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('qr-code').naturalWidth > 100"));
        await Screenshot(page, "enrol-390.png");
        await page.SetViewportSizeAsync(1280, 900);
        await Screenshot(page, "enrol-1280.png");
        var key = await page.GetAttributeAsync("#authenticator-key", "data-key");
        await page.Keyboard.TypeAsync(Totp.Now(key!));
        await page.Keyboard.PressAsync("Enter");
        await BrowserHelpers.WaitForPageAsync(page, "**/staff/account/recovery-codes");
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
        await Screenshot(page, "recovery-codes-1280.png");
        await page.ClickAsync("#continue");
        await BrowserHelpers.WaitForPageAsync(page, "**/staff");
        await page.GotoAsync(baseUrl + "/staff/account");
        await Screenshot(page, "account-1280.png");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
