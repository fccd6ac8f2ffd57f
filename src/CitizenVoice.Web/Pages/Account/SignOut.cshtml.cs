using CitizenVoice.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Pages.Account;

/// <summary>Sign-out is a POST with antiforgery, so a link on another site cannot sign staff out; GET explains and offers the button.</summary>
public sealed class SignOutModel(SignInManager<CitizenVoiceUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return LocalRedirect("/");
    }
}
