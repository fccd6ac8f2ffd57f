using CitizenVoice.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Areas.Staff.Pages.Account;

/// <summary>New recovery codes, shown once (from TempData): a reload shows only how to make new ones.</summary>
public sealed class RecoveryCodesModel : PageModel
{
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public string ContinueUrl { get; private set; } = "/staff";

    public void OnGet(string? returnUrl)
    {
        Codes = TempData[EnrolModel.RecoveryCodesKey] is string codes ? codes.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        ContinueUrl = SignInModel.LocalOrNull(Url, returnUrl) ?? "/staff";
        Response.Headers.CacheControl = "no-store";
    }
}
