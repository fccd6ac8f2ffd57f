using CitizenVoice.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CitizenVoice.Web.Hosting;

namespace CitizenVoice.Web.Pages.Account;

/// <summary>Staff sign-in. One generic error for every failure, so the form does not reveal which emails exist; lockout after repeated failures.</summary>
[EnableRateLimiting(RateLimitingOptions.SubmitPolicy)]
public sealed class SignInModel(SignInManager<CitizenVoiceUser> signInManager) : PageModel
{
    public string? Email { get; private set; }

    public string? ReturnUrl { get; private set; }

    public bool Failed { get; private set; }

    public bool LockedOut { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrNull(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        Email = email;
        ReturnUrl = LocalOrNull(returnUrl);
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            var user = await signInManager.UserManager.FindByEmailAsync(email.Trim());
            if (user is not null)
            {
                var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    return LocalRedirect(ReturnUrl ?? "/staff");
                }

                LockedOut = result.IsLockedOut;
            }
        }

        Failed = true;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;
}
