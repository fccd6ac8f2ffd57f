using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CitizenVoice.Web.Tests.Browser;

/// <summary>A citizen in a real browser (Debian's Chromium): files a petition with the htmx commune picker, then looks it up.</summary>
public sealed class SubmitAndLookupBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CitizenFilesAPetitionWithThePickerAndLooksItUp()
    {
        var chromium = TestEnvironment.RequireChromium();
        await using var app = CitizenVoiceApp.Sqlite();
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserHelpers.LaunchAsync(playwright, chromium);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspViolations.Add(message.Text);
            }
        };

        await page.GotoAsync(baseUrl + "/gui-don");
        await BrowserHelpers.ScreenshotAsync(page, "submit-390.png");
        Assert.True(await page.Locator("#complaint-fields").IsHiddenAsync());
        await page.Locator("label[for='kind-khieu-nai']").ClickAsync();
        Assert.True(await page.Locator("#complaint-fields").IsVisibleAsync());
        await page.Locator("label[for='kind-kien-nghi']").ClickAsync();
        Assert.True(await page.Locator("#complaint-fields").IsHiddenAsync());

        await page.FillAsync("#title", "Đề nghị lắp đèn chiếu sáng ngõ 12");
        await page.FillAsync("#content", "Ngõ 12 phố Hàng Bạc không có đèn chiếu sáng, buổi tối rất tối và mất an toàn cho người đi bộ.");
        await page.SelectOptionAsync("#provinceCode", "01");
        await page.Locator("#commune").PressSequentiallyAsync("hoan kiem", new LocatorPressSequentiallyOptions { Delay = 40 });
        var option = page.Locator("#commune-suggestions input[value='00070']");
        await option.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.Locator("label[for='commune-00070']").ClickAsync();
        Assert.Equal("Phường Hoàn Kiếm", await page.InputValueAsync("#commune"));
        await page.FillAsync("#address", "Số 5 ngõ 12 Hàng Bạc");
        await page.FillAsync("#fullName", "Nguyễn Văn An");
        await page.FillAsync("#phone", "0912 345 678");
        await page.CheckAsync("#consent");
        await page.ClickAsync("button[type='submit']");

        try
        {
            await BrowserHelpers.WaitForPageAsync(page, "**/gui-don/da-tiep-nhan");
        }
        catch (TimeoutException ex)
        {
            // Say where the citizen was left and what the page said, so a failure in CI can be read without a rerun.
            var shown = await page.Locator("main").InnerTextAsync();
            throw new TimeoutException($"No receipt after submitting; the page is {page.Url}: {shown[..Math.Min(shown.Length, 1500)]}", ex);
        }
        var code = (await page.Locator("#tracking-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        Assert.True(await page.Locator("[data-print]").IsVisibleAsync());
        await BrowserHelpers.ScreenshotAsync(page, "receipt-390.png");
        await page.SetViewportSizeAsync(1280, 900);
        await BrowserHelpers.ScreenshotAsync(page, "receipt-1280.png");

        await page.ClickAsync("text=Tra cứu đơn này");
        Assert.Equal(code, await page.InputValueAsync("#code"));
        await page.FillAsync("#contact", "0912345678");
        await page.ClickAsync("form button[type='submit']");
        Assert.Equal("Đã tiếp nhận", (await page.Locator("#status").InnerTextAsync()).Trim());
        await BrowserHelpers.ScreenshotAsync(page, "lookup-1280.png");

        await page.GotoAsync(baseUrl + "/");
        await BrowserHelpers.ScreenshotAsync(page, "home-1280.png");
        Assert.Empty(cspViolations);
    }
}
