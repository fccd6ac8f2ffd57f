using CitizenVoice.Data.Seeding;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CitizenVoice.Web.Tests.Browser;

/// <summary>Debian's Chromium headless, with the flags a container needs, and full-page screenshots beside the test binaries.</summary>
public static class BrowserHelpers
{
    /// <summary>Starts the app on a free loopback port (a browser needs a real socket) and returns its base address.</summary>
    public static string StartOnKestrel(CitizenVoiceApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseKestrel(0);
        app.StartServer();
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string chromium)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }

    /// <summary>Adds the console's Content-Security-Policy complaints (an inline script or style the policy blocked) to <paramref name="violations"/>.</summary>
    public static void CollectCspViolations(IPage page, List<string> violations)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
    }

    /// <summary>
    /// Signs a demo account in with the keyboard, as staff do: email, Tab, password, Enter, then the authenticator code
    /// (all demo accounts share <see cref="DemoTwoFactor.AuthenticatorKey"/>). <paramref name="onCodePage"/> runs on the code page.
    /// </summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string email, string returnUrl, Func<Task>? onCodePage = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var keys = page.Keyboard;
        await page.GotoAsync(baseUrl + "/dang-nhap?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await WaitForFocusAsync(page, "email");
        await keys.TypeAsync(email);
        await keys.PressAsync("Tab");
        await keys.TypeAsync(DemoDataSeeder.DemoPassword);
        await keys.PressAsync("Enter");
        await WaitForPageAsync(page, "**/dang-nhap/xac-thuc**");
        if (onCodePage is not null)
        {
            await onCodePage();
        }

        await WaitForFocusAsync(page, "code");
        await keys.TypeAsync(Totp.Now(DemoTwoFactor.AuthenticatorKey));
        await keys.PressAsync("Enter");
        await WaitForPageAsync(page, "**" + returnUrl);
    }

    /// <summary>
    /// Waits until the page is at <paramref name="urlGlob"/> and its document is parsed (scripts included). Waiting for
    /// the load event as well timed out at 30 s three times in full runs with both cores busy, with the page already
    /// shown and the network idle; every assertion reads the DOM, and locators wait for what they need.
    /// </summary>
    public static Task WaitForPageAsync(IPage page, string urlGlob)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.WaitForURLAsync(urlGlob, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    /// <summary>Chromium may apply autofocus after the load event; keys typed before it would go nowhere.</summary>
    public static async Task WaitForFocusAsync(IPage page, string id)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync("id => document.activeElement && document.activeElement.id === id", id,
            new PageWaitForFunctionOptions { Timeout = 10_000 });
    }

    public static Task<string> FocusedIdAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
    }
}
