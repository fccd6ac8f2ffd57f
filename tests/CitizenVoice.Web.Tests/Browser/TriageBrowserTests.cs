using CitizenVoice.Core.Accounts;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Staff;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CitizenVoice.Web.Tests.Browser;

public sealed class TriageBrowserTests
{
    [Fact]
    public async Task ProcessorFiltersTheInboxWithHtmxAndOpensAnItem()
    {
        var chromium = TestEnvironment.RequireChromium();
        await using var app = CitizenVoiceApp.Sqlite();
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await TriageData.SubmitAsync(app, title: "Đề nghị sửa chữa đường liên thôn Đông – Đoài");
        var complaint = await TriageData.SubmitAsync(app, kind: "khieu-nai", title: "Khiếu nại quyết định thu hồi đất nông nghiệp");
        await TriageData.SuggestAsync(app, complaint.Id, "dat-dai", "tinh", "SNNMT", 0.34f, needsTriage: true);
        var processor = await app.CreateStaffAsync(StaffRoles.Processor, TriageData.Hanoi);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var cspViolations = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestStaffAuthentication.Header] = processor });
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    cspViolations.Add(message.Text);
                }
            };

            await page.GotoAsync(baseUrl + "/staff/submissions");
            await Screenshot(page, $"inbox-{width}.png");
            await page.SelectOptionAsync("#kind", "khieu-nai");
            await BrowserHelpers.WaitForPageAsync(page, "**/staff/submissions?*kind=khieu-nai*");
            await page.Locator("#inbox-results").GetByText("Khiếu nại quyết định thu hồi đất nông nghiệp").WaitForAsync();
            Assert.Equal(0, await page.Locator("#inbox-results").GetByText("Đề nghị sửa chữa đường liên thôn").CountAsync());
            Assert.Equal(1, await page.Locator("h1").CountAsync());

            await page.Locator("#inbox-results a", new PageLocatorOptions { HasText = "Khiếu nại quyết định thu hồi" }).ClickAsync();
            await BrowserHelpers.WaitForPageAsync(page, $"**/staff/submissions/{complaint.Id}");
            await page.GetByText("Cần phân loại thủ công").First.WaitForAsync();
            Assert.Contains("Cần phân loại thủ công", await page.ContentAsync(), StringComparison.Ordinal);
            Assert.Contains("Thụ lý khiếu nại lần đầu", await page.ContentAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#inbox-results").CountAsync());
            Assert.Equal(1, await page.Locator("header.site-header").CountAsync());
            // The citizen's text keeps its line breaks at every width (the phone table rules must not reach it).
            Assert.Equal("pre-wrap", await page.EvalOnSelectorAsync<string>(".content-text", "p => getComputedStyle(p).whiteSpace"));
            await Screenshot(page, $"item-{width}.png");
            await page.CloseAsync();
        }

        Assert.Empty(cspViolations);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
