using System.Security.Claims;
using CitizenVoice.Data;
using CitizenVoice.Web.Account;
using CitizenVoice.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CitizenVoice.Web.Pages.Account;

/// <summary>
/// Forced enrolment of the second factor, after a correct password on an account without one. Reachable only with
/// the two-factor cookie of the password step (which grants nothing else); a confirmed code turns two-factor on,
/// signs in and shows the recovery codes once.
/// </summary>
[EnableRateLimiting(RateLimitingOptions.SubmitPolicy)]
public sealed class EnrolModel(SignInManager<CitizenVoiceUser> signInManager, AccountAudit audit) : PageModel
{
    public const int RecoveryCodeCount = 10;

    public const string RecoveryCodesKey = "RecoveryCodes";

    public AuthenticatorSetup Setup { get; private set; } = null!;

    public string? ReturnUrl { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = SignInModel.LocalOrNull(Url, returnUrl);
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return Redirect(SignInModel.SecondStepUrl(user is null ? "/dang-nhap" : "/dang-nhap/xac-thuc", ReturnUrl));
        }

        await LoadSetupAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = SignInModel.LocalOrNull(Url, returnUrl);
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return Redirect(SignInModel.SecondStepUrl(user is null ? "/dang-nhap" : "/dang-nhap/xac-thuc", ReturnUrl));
        }

        var users = signInManager.UserManager;
        var typed = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (typed.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed))
        {
            await audit.FailedAsync(user, "Thiết lập xác thực hai lớp: mã xác nhận sai", cancellationToken);
            Error = typed.Length == 0 ? "Vui lòng nhập mã 6 chữ số ứng dụng hiển thị." : "Mã không đúng. Kiểm tra giờ trên điện thoại và nhập mã mới nhất.";
            await LoadSetupAsync(user);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await audit.ChangedAsync(user, "Bật xác thực hai lớp (ứng dụng xác thực) và tạo 10 mã khôi phục", cancellationToken);
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        await audit.SignedInAsync(user, "Đăng nhập bằng mật khẩu và mã xác thực (lần đầu)", cancellationToken);
        TempData[RecoveryCodesKey] = string.Join(' ', codes);
        return Redirect(SignInModel.SecondStepUrl("/staff/account/recovery-codes", ReturnUrl));
    }

    private async Task LoadSetupAsync(CitizenVoiceUser user)
    {
        var users = signInManager.UserManager;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after reset.");
        }

        Setup = AuthenticatorSetup.For(user.Email ?? user.UserName ?? user.Id, key);
    }
}
