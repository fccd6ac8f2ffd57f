using Microsoft.Playwright;

namespace CitizenVoice.Web.Tests.Browser;

/// <summary>
/// The reception desk driven by the keyboard alone (/staff/reception): Enter moves to the next one-line field, Tab
/// where officers tab, Space to tick; each step checks that the focus landed where the form promises.
/// </summary>
public static class ReceptionDeskKeyboard
{
    /// <summary>From the name field (focused when the page opens) to the channel select, everything but saving.</summary>
    public static async Task FillAsync(IPage page, ReceptionVisitEntry visit)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(visit);
        var keys = page.Keyboard;
        await BrowserHelpers.WaitForFocusAsync(page, "people-0-fullName");
        await keys.TypeAsync(visit.FullName);
        await keys.PressAsync("Enter");
        await keys.TypeAsync(visit.IdNumber);
        await keys.PressAsync("Enter");
        await keys.TypeAsync(visit.Phone);
        await keys.PressAsync("Enter");
        await keys.TypeAsync(visit.Address);
        await keys.PressAsync("Enter");
        Assert.Equal("email", await BrowserHelpers.FocusedIdAsync(page));
        await keys.TypeAsync(visit.Email);
        await keys.PressAsync("Tab");
        Assert.Equal("isGroup", await BrowserHelpers.FocusedIdAsync(page));
        await keys.PressAsync("Tab");
        await keys.PressAsync("Tab");
        await keys.PressAsync("Tab");
        Assert.Equal("kind-kien-nghi", await BrowserHelpers.FocusedIdAsync(page));
        await keys.PressAsync("Tab");
        await keys.TypeAsync(visit.Title);
        await keys.PressAsync("Enter");
        Assert.Equal("content", await BrowserHelpers.FocusedIdAsync(page));
        await keys.TypeAsync(visit.Content);
        await keys.PressAsync("Tab");
        Assert.Equal("provinceCode", await BrowserHelpers.FocusedIdAsync(page));
        await keys.PressAsync("Tab");
        await keys.TypeAsync(visit.CommuneQuery, new KeyboardTypeOptions { Delay = 40 });
        await page.Locator($"#commune-suggestions input[value='{visit.CommuneCode}']").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await keys.PressAsync("Tab");
        await keys.PressAsync("Space");
        Assert.Equal(visit.CommuneName, await page.InputValueAsync("#commune"));
        await keys.PressAsync("Tab");
        Assert.Equal("documents", await BrowserHelpers.FocusedIdAsync(page));
        for (var i = 0; i < visit.Documents.Count; i++)
        {
            if (i > 0)
            {
                await keys.PressAsync("Enter");
            }

            await keys.TypeAsync(visit.Documents[i]);
        }

        await keys.PressAsync("Tab");
        await keys.PressAsync("Tab");
        Assert.Equal("handling-tiep-nhan-don", await BrowserHelpers.FocusedIdAsync(page));
        await keys.PressAsync("Tab");
        await keys.PressAsync("Tab");
        Assert.Equal("consent", await BrowserHelpers.FocusedIdAsync(page));
        await keys.PressAsync("Space");
        await keys.PressAsync("Tab");
        Assert.Equal("channel", await BrowserHelpers.FocusedIdAsync(page));
    }

    /// <summary>From the channel select: Enter through the date and time fields (today, now) saves; returns the receipt's tracking code.</summary>
    public static async Task<string> SaveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var keys = page.Keyboard;
        await keys.PressAsync("Enter");
        Assert.Equal("visitDate", await BrowserHelpers.FocusedIdAsync(page));
        await keys.PressAsync("Enter");
        Assert.Equal("visitTime", await BrowserHelpers.FocusedIdAsync(page));
        await keys.PressAsync("Enter");
        await BrowserHelpers.WaitForPageAsync(page, "**/staff/reception/receipt/**");
        var code = (await page.Locator("#tracking-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        return code;
    }
}
