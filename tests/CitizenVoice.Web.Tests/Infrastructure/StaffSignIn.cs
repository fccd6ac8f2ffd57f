using System.Net;
using System.Text.RegularExpressions;
using CitizenVoice.Data.Seeding;
using CitizenVoice.Web.Tests.Portal;

namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>Signs in through the real forms: password, then the authenticator code computed from the account's key.</summary>
public static partial class StaffSignIn
{
    public static Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string email, string password, CancellationToken cancellationToken, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["email"] = email, ["password"] = password };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return PortalForms.PostFormAsync(client, "/dang-nhap", fields, cancellationToken);
    }

    public static Task<HttpResponseMessage> CodeStepAsync(HttpClient client, string code, CancellationToken cancellationToken, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["code"] = code };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return PortalForms.PostFormAsync(client, "/dang-nhap/xac-thuc", fields, cancellationToken);
    }

    /// <summary>Both steps for an account that has two-factor on (the demo accounts share <see cref="DemoTwoFactor.AuthenticatorKey"/>).</summary>
    public static async Task SignInAsync(HttpClient client, string email, CancellationToken cancellationToken,
        string password = DemoDataSeeder.DemoPassword, string key = DemoTwoFactor.AuthenticatorKey)
    {
        var first = await PasswordStepAsync(client, email, password, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/dang-nhap/xac-thuc", first.Headers.Location?.OriginalString);
        var second = await CodeStepAsync(client, Totp.Now(key), cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var signedInTo = second.Headers.Location?.OriginalString ?? "";
        Assert.False(signedInTo.StartsWith("/dang-nhap", StringComparison.Ordinal), $"The code step sent {email} back to {signedInTo}.");
    }

    /// <summary>The key shown on the enrolment page.</summary>
    public static string EnrolmentKey(string html)
    {
        var match = KeyPattern().Match(html);
        Assert.True(match.Success, "The enrolment page shows no authenticator key.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("id=\"authenticator-key\" data-key=\"([A-Z2-7]+)\"")]
    private static partial Regex KeyPattern();
}
