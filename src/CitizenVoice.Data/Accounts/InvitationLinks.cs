using System.Globalization;
using CitizenVoice.Core.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Data.Accounts;

/// <summary>
/// One-time links that let an invited staff member (or the first administrator) set a password. The token carries
/// the account, an expiry and the account's security stamp: setting the password changes the stamp, so a used link
/// stops working; the expiry is checked against the app's clock.
/// </summary>
public sealed class InvitationLinks(IDataProtectionProvider protection, UserManager<CitizenVoiceUser> users, IOptions<PortalOptions> portal, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    public const string Path = "/tai-khoan/kich-hoat";

    private readonly IDataProtector _protector = protection.CreateProtector("CitizenVoice.Accounts.Invitation.v1");

    public async Task<(string Url, DateTimeOffset ExpiresAt)> CreateAsync(CitizenVoiceUser user)
    {
        var expiresAt = clock.GetUtcNow() + Lifetime;
        var stamp = await users.GetSecurityStampAsync(user);
        var payload = string.Join('\n', user.Id, expiresAt.UtcTicks.ToString(CultureInfo.InvariantCulture), stamp);
        var token = WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes(payload)));
        return ($"{portal.Value.PublicBaseUrl.TrimEnd('/')}{Path}?token={token}", expiresAt);
    }

    /// <summary>The account the token opens, or null with the reason in Vietnamese.</summary>
    public async Task<(CitizenVoiceUser? User, string? Error)> ValidateAsync(string? token)
    {
        const string invalid = "Liên kết kích hoạt không hợp lệ. Vui lòng kiểm tra lại đường dẫn trong email, hoặc đề nghị quản trị viên gửi lại lời mời.";
        if (string.IsNullOrWhiteSpace(token))
        {
            return (null, invalid);
        }

        string[] parts;
        try
        {
            parts = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception ex) when (ex is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return (null, invalid);
        }

        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return (null, invalid);
        }

        if (clock.GetUtcNow().UtcTicks > ticks)
        {
            return (null, "Liên kết kích hoạt đã hết hạn (có hiệu lực 72 giờ). Vui lòng đề nghị quản trị viên gửi lại lời mời.");
        }

        var user = await users.FindByIdAsync(parts[0]);
        if (user is null || !string.Equals(await users.GetSecurityStampAsync(user), parts[2], StringComparison.Ordinal))
        {
            return (null, "Liên kết kích hoạt đã được dùng hoặc đã bị thay bằng lời mời mới.");
        }

        return (user, null);
    }
}
