using System.Globalization;
using CitizenVoice.Core;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>
/// What the consolidation, report and answer pages share: the session (404 when it is not the person's unit's), whether
/// they may change things, the flash message after a redirect, and the mapping of a use case's outcome to a response.
/// </summary>
public abstract class ConsolidationPage(ICitizenVoiceDb db, TimeProvider clock) : PageModel
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public Session Session { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    [TempData]
    public string? FlashError { get; set; }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    protected ICitizenVoiceDb Db => db;

    public static string Number(int value) => value.ToString("N0", Vietnamese);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Time(DateTimeOffset? at) => at?.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? "—";

    public static string StatusLabel(ConsolidatedItemStatus status) => status switch
    {
        ConsolidatedItemStatus.Answered => "Đã trả lời",
        ConsolidatedItemStatus.Forwarded => "Đã chuyển, chờ trả lời",
        _ => "Đã tổng hợp",
    };

    protected bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    /// <summary>Loads the session; false means answer 404.</summary>
    protected async Task<bool> LoadSessionAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        var session = await ConsolidationAccess.FindSessionAsync(db, scope, id, cancellationToken);
        if (session is null)
        {
            return false;
        }

        Session = session;
        CanEdit = ConsolidationAccess.CanEdit(scope);
        return true;
    }

    /// <summary>Not found and forbidden become 404 and 403; otherwise null (the page goes on).</summary>
    protected IActionResult? Refused(VoterMeetingOutcome outcome) => outcome switch
    {
        VoterMeetingOutcome.NotFound => NotFound(),
        VoterMeetingOutcome.Forbidden => Forbid(),
        _ => null,
    };

    /// <summary>After a change without htmx: back to the page with a message (post-redirect-get).</summary>
    protected IActionResult Back(ConsolidationResult result, string success, string? url = null)
    {
        if (Refused(result.Outcome) is { } refused)
        {
            return refused;
        }

        if (result.Outcome == VoterMeetingOutcome.Saved)
        {
            Flash = success;
        }
        else
        {
            FlashError = string.Join(" ", result.Errors.ByField.SelectMany(e => e.Value));
        }

        return Redirect(url ?? Request.Path);
    }
}
