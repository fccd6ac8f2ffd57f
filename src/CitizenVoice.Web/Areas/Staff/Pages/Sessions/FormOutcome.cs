using CitizenVoice.Core.VoterMeetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>How the session and meeting forms answer a use case: redirect with a flash, 404, 403, or the form again.</summary>
public static class FormOutcome
{
    /// <param name="showProblem">Called with true for a concurrency conflict, false for invalid input, before the form re-renders.</param>
    public static IActionResult Respond(PageModel page, VoterMeetingOutcome outcome, string flash, string redirectTo, Action<bool> showProblem)
    {
        switch (outcome)
        {
            case VoterMeetingOutcome.Saved:
                page.TempData["Flash"] = flash;
                return new RedirectResult(redirectTo);
            case VoterMeetingOutcome.NotFound:
                return new NotFoundResult();
            case VoterMeetingOutcome.Forbidden:
                return new ForbidResult();
            default:
                var conflict = outcome == VoterMeetingOutcome.Conflict;
                showProblem(conflict);
                page.Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
                return new PageResult();
        }
    }
}
