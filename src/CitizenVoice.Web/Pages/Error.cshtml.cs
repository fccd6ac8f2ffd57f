using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Pages;

/// <summary>
/// Friendly error page. Status code pages re-execute here with ?code=; a re-executed POST (a rate-limited form)
/// arrives as POST without a valid antiforgery token, so the page answers every method and skips the check.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    public int? Code { get; private set; }

    public void OnGet(int? code) => Read(code);

    public void OnPost(int? code) => Read(code);

    private void Read(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Code = code is >= 400 and < 600 ? code : null;
        if (!reExecuted && Code is int status)
        {
            Response.StatusCode = status;
        }
    }
}
