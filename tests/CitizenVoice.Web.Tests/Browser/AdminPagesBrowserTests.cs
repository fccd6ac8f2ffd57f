using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Routing;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CitizenVoice.Web.Tests.Browser;

/// <summary>The administration pages in a real browser, at desktop and phone width: they render, forms work without JavaScript, no CSP violation.</summary>
public sealed class AdminPagesBrowserTests
{
    [Fact]
    public async Task AdministratorEditsRoutingHolidaysAndRemoteAreasInABrowser()
    {
        var chromium = TestEnvironment.RequireChromium();
        await using var app = CitizenVoiceApp.Sqlite();
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var adminId = await app.CreateStaffAsync(StaffRoles.Administrator, "01");
        // Two recorded versions, so the history table has rows to show (their files are not needed to render it).
        var metrics = await File.ReadAllTextAsync(Path.Combine(app.Services.GetRequiredService<Classification.Runtime.RoutingClassifierHolder>().DefaultModelPath, "petition-topic.metrics.json"), TestContext.Current.CancellationToken);
        await app.WithDbAsync(db =>
        {
            var old = new RoutingModelVersion(1, DateTimeOffset.UtcNow.AddDays(-7), 5723, 12, new string('a', 64), 0.70, 0.911, metrics, "1", 61.2, null, null);
            old.Activate("Được dùng: không kém mô hình đang dùng.", DateTimeOffset.UtcNow.AddDays(-7));
            old.Retire();
            var current = new RoutingModelVersion(2, DateTimeOffset.UtcNow, 5741, 30, new string('b', 64), 0.702, 0.913, metrics, "2", 58.9, adminId, "Quản trị viên");
            current.Activate("Được dùng: không kém mô hình đang dùng.", DateTimeOffset.UtcNow);
            db.RoutingModelVersions.AddRange(old, current);
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserHelpers.LaunchAsync(playwright, chromium);
        var cspViolations = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 900 },
                JavaScriptEnabled = width == 1280,
                ExtraHTTPHeaders = new Dictionary<string, string> { [TestStaffAuthentication.Header] = adminId },
            });
            var page = await context.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    cspViolations.Add(message.Text);
                }
            };

            foreach (var (path, name) in new[] { ("/staff/admin", "admin"), ("/staff/admin/routing?kind=Keyword", "routing"), ("/staff/admin/models", "models"),
                ("/staff/admin/holidays?year=2026", "holidays"), ("/staff/admin/remote-areas?q=hoan+kiem", "remote-areas") })
            {
                var response = await page.GotoAsync(baseUrl + path);
                Assert.Equal(200, response!.Status);
                await BrowserHelpers.ScreenshotAsync(page, $"{name}-{width}.png");
            }

            // On a phone the model history (cells with data-label) becomes cards that name each value's column; the
            // remote-areas table (no data-label) keeps its header row and scrolls instead of losing its column names.
            await page.GotoAsync(baseUrl + "/staff/admin/models");
            var firstCellLabel = await page.EvalOnSelectorAsync<string>("table.data-table tbody td", "td => getComputedStyle(td, '::before').content");
            Assert.Equal(width == 390 ? "\"Phiên bản: \"" : "none", firstCellLabel);
            Assert.Equal(width == 1280, await page.Locator("table.data-table thead").IsVisibleAsync());
            await page.GotoAsync(baseUrl + "/staff/admin/remote-areas?q=hoan+kiem");
            Assert.True(await page.Locator("table.data-table thead").IsVisibleAsync());

            await page.GotoAsync(baseUrl + "/staff/admin/routing/edit");
            await page.SelectOptionAsync("#Input_Kind", "Keyword");
            await page.FillAsync("#Input_AgencyCodes", "XYZ");
            await page.ClickAsync("form.panel button[type='submit']");
            Assert.Contains("không có trong danh mục cơ quan", await page.ContentAsync(), StringComparison.Ordinal);
            await BrowserHelpers.ScreenshotAsync(page, $"routing-edit-errors-{width}.png");

            await page.GotoAsync(baseUrl + "/staff/admin/remote-areas?q=hoan+kiem&province=01");
            await page.ClickAsync("table button[type='submit']");
            Assert.Contains("đã được đánh dấu vùng sâu, vùng xa", await page.ContentAsync(), StringComparison.Ordinal);
            await page.ClickAsync("table button[type='submit']");
        }

        Assert.Empty(cspViolations);
    }
}
