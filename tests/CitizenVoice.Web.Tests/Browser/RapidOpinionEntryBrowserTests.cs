using CitizenVoice.Core.Accounts;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.VoterMeetings;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CitizenVoice.Web.Tests.Browser;

/// <summary>A clerk types a meeting's opinions with the keyboard only, in a real browser (Debian's Chromium).</summary>
public sealed class RapidOpinionEntryBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KeyboardOnlyEntrySavesClassifiedRowsAndReturnsFocusToAFreshRow()
    {
        var chromium = TestEnvironment.RequireChromium();
        await using var app = CitizenVoiceApp.Sqlite();
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var meeting = await VoterMeetingData.CreateMeetingAsync(app, session, VoterMeetingData.HanoiOffice);
        var clerk = await app.CreateStaffAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string> { [TestStaffAuthentication.Header] = clerk },
        });
        var page = await context.NewPageAsync();
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspViolations.Add(message.Text);
            }
        };

        await page.GotoAsync($"{baseUrl}/staff/sessions/meetings/{meeting}/opinions");
        Assert.Equal("voterName-1", await ActiveId(page));

        await page.Keyboard.TypeAsync("Lê Văn Cường");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Tổ dân phố số 5");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Cử tri phường Hoàn Kiếm đề nghị sửa đổi quy định về bảo hiểm xã hội một lần cho người lao động.");
        await page.Keyboard.PressAsync("Enter");

        var row = page.Locator("#opinion-rows tr.opinion-row").First;
        await row.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await page.Locator("#voterName-2").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("bảo hiểm xã hội một lần", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("độ tin cậy", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("voterName-2", await ActiveId(page));
        Assert.Equal("Tổ dân phố số 5", await page.InputValueAsync("#voterPlace-2"));
        Assert.Equal("", await page.InputValueAsync("#content-2"));

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Cử tri phản ánh tình trạng lấn chiếm vỉa hè phố Hàng Bạc, đề nghị phường xử lý dứt điểm.");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#voterName-3").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal(2, await page.Locator("#opinion-rows tr.opinion-row").CountAsync());
        // htmx applies autofocus when the swap settles, a moment after the new row is in the page.
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'voterName-3'", null, new PageWaitForFunctionOptions { Timeout = 5_000 });
        Assert.Equal("voterName-3", await ActiveId(page));
        await Screenshot(page, "rapid-entry-1280.png");

        await page.SetViewportSizeAsync(390, 844);
        await Screenshot(page, "rapid-entry-390.png");

        Assert.Equal(2, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(o => o.TopicCode != null, Ct)));
        Assert.Empty(cspViolations);
    }

    private static Task<string> ActiveId(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
