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
/// Staff sign-in, first step. One generic error for every failure, so the form does not reveal which emails exist;
/// lockout after repeated failures. A correct password never signs in by itself: it leads to the second factor, or to
/// the forced enrolment of one. Both steps hold only Identity's short-lived two-factor cookie, which no staff page or
/// endpoint accepts.
/// </summary>
[EnableRateLimiting(RateLimitingOptions.SubmitPolicy)]
public sealed class SignInModel(SignInManager<CitizenVoiceUser> signInManager, AccountAudit audit) : PageModel
{
    public string? Email { get; private set; }

    public string? ReturnUrl { get; private set; }

    public bool Failed { get; private set; }

    public bool LockedOut { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrNull(Url, returnUrl);

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Email = email;
        ReturnUrl = LocalOrNull(Url, returnUrl);
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            var user = await signInManager.UserManager.FindByEmailAsync(email.Trim());
            if (user is null)
            {
                await audit.FailedAsync(null, $"Email không có tài khoản: {email.Trim()}", cancellationToken);
            }
            else
            {
                var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    await StartSecondStepAsync(user);
                    return Redirect(SecondStepUrl(user.TwoFactorEnabled ? "/dang-nhap/xac-thuc" : "/dang-nhap/thiet-lap-xac-thuc", ReturnUrl));
                }

                LockedOut = result.IsLockedOut;
                await audit.FailedAsync(user, result.IsLockedOut ? "Tài khoản đang bị khóa do đăng nhập sai nhiều lần" : "Sai mật khẩu", cancellationToken);
            }
        }

        Failed = true;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    internal static string? LocalOrNull(IUrlHelper url, string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : null;

    internal static string SecondStepUrl(string path, string? returnUrl) =>
        returnUrl is null ? path : path + "?returnUrl=" + Uri.EscapeDataString(returnUrl);

    // The same ticket Identity's PasswordSignInAsync writes when a second factor is due (user id as the name claim), so
    // TwoFactorAuthenticatorSignInAsync and GetTwoFactorAuthenticationUserAsync read it. Written here for every
    // account, because PasswordSignInAsync would fully sign in one that has no second factor yet.
    private async Task StartSecondStepAsync(CitizenVoiceUser user)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }
}
