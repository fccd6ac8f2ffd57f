using Microsoft.AspNetCore.Identity;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// Staff must use a second factor; demo accounts share one published authenticator key (listed in the README) so
/// that someone trying the demo can add it to an authenticator app. Demo only: real accounts enrol their own key.
/// </summary>
public static class DemoTwoFactor
{
    /// <summary>Base32, 160 bits.</summary>
    public const string AuthenticatorKey = "CVDEMOKEYCITIZENVOICEDEMOTOTPKEY";

    // Where Identity's user store keeps the authenticator key (UserStoreBase: InternalLoginProvider, AuthenticatorKeyTokenName).
    private const string StoreProvider = "[AspNetUserStore]";
    private const string KeyName = "AuthenticatorKey";

    public static async Task EnableAsync(UserManager<CitizenVoiceUser> users, CitizenVoiceUser user)
    {
        Check(await users.SetAuthenticationTokenAsync(user, StoreProvider, KeyName, AuthenticatorKey));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo two-factor setup failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
