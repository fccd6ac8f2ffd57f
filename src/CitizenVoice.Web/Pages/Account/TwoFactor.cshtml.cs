using CitizenVoice.Data;
using CitizenVoice.Web.Account;
using CitizenVoice.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CitizenVoice.Web.Pages.Account;

/// <summary>Second step: the 6-digit code of the authenticator app, or one of the recovery codes (each works once).</summary>
[EnableRateLimiting(RateLimitingOptions.SubmitPolicy)]
public sealed class TwoFactorModel(SignInManager<CitizenVoiceUser> signInManager, AccountAudit audit) : PageModel
{
    public string? ReturnUrl { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = SignInModel.LocalOrNull(Url, returnUrl);
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect(SignInModel.SecondStepUrl("/dang-nhap", ReturnUrl));
        }

        return user.TwoFactorEnabled ? Page() : Redirect(SignInModel.SecondStepUrl("/dang-nhap/thiet-lap-xac-thuc", ReturnUrl));
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = SignInModel.LocalOrNull(Url, returnUrl);
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null || !user.TwoFactorEnabled)
        {
            return Redirect(SignInModel.SecondStepUrl("/dang-nhap", ReturnUrl));
        }

        var typed = new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        var isTotp = typed.Length == 6 && typed.All(char.IsAsciiDigit);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (typed.Length == 0)
        {
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else if (isTotp)
        {
            result = await signInManager.TwoFactorAuthenticatorSignInAsync(typed, isPersistent: false, rememberClient: false);
        }
        else
        {
            result = await signInManager.TwoFactorRecoveryCodeSignInAsync(typed);
        }

        if (result.Succeeded)
        {
            var left = await signInManager.UserManager.CountRecoveryCodesAsync(user);
            await audit.SignedInAsync(user, isTotp ? "Đăng nhập bằng mật khẩu và mã xác thực" : $"Đăng nhập bằng mật khẩu và mã khôi phục (còn {left} mã)", cancellationToken);
            return LocalRedirect(ReturnUrl ?? "/staff");
        }

        if (result.IsLockedOut)
        {
            await audit.FailedAsync(user, "Tài khoản bị khóa do nhập sai mã xác thực nhiều lần", cancellationToken);
            Error = "Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.";
        }
        else
        {
            await audit.FailedAsync(user, isTotp ? "Sai mã xác thực" : "Sai mã khôi phục", cancellationToken);
            Error = typed.Length == 0 ? "Vui lòng nhập mã 6 chữ số trong ứng dụng xác thực, hoặc một mã khôi phục." : "Mã không đúng hoặc đã hết hạn. Vui lòng nhập mã mới nhất trong ứng dụng.";
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
