using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Units;
using CitizenVoice.Data;
using CitizenVoice.Web.Areas.Staff.Pages.Admin.Users;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Audit;

/// <summary>
/// Search of the audit log, newest first. An administrator sees what the accounts of their subtree did; a top-level
/// (central, "TW") administrator also sees entries without an actor (the system, sign-ins with unknown emails).
/// </summary>
public sealed class IndexModel(CitizenVoiceDbContext db, ICitizenVoiceDb core, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public string? Actor { get; private set; }

    public string? Action { get; private set; }

    public string? SubjectType { get; private set; }

    public string? SubjectId { get; private set; }

    public string? Text { get; private set; }

    public string From { get; private set; } = "";

    public string To { get; private set; } = "";

    public int PageNumber { get; private set; } = 1;

    public bool HasNext { get; private set; }

    public bool SeesSystem { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(string? actor, string? action, string? subjectType, string? subjectId, string? q, string? from, string? to, int page = 1,
        CancellationToken cancellationToken = default)
    {
        (Actor, Action, SubjectType, SubjectId, Text) = (actor?.Trim(), action?.Trim(), subjectType?.Trim(), subjectId?.Trim(), q?.Trim());
        PageNumber = Math.Max(1, page);
        var scope = HttpContext.StaffScope();
        var today = FormDates.TodayInVietnam(clock);
        var fromDate = FormDates.ParseDate(from) ?? today.AddDays(-30);
        var toDate = FormDates.ParseDate(to) ?? today;
        From = fromDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        To = toDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var governed = db.Users.GovernedBy(scope).Select(u => u.Id);
        SeesSystem = scope.UnitCode == UnitCodes.Central;
        var seesSystem = SeesSystem;
        var entries = core.AuditEntries.AsNoTracking()
            .Where(a => (a.ActorUserId != null && governed.Contains(a.ActorUserId)) || (seesSystem && a.ActorUserId == null));
        var start = FormDates.At(fromDate, TimeOnly.MinValue);
        var end = FormDates.At(toDate.AddDays(1), TimeOnly.MinValue);
        entries = entries.Where(a => a.At >= start && a.At < end);
        if (!string.IsNullOrEmpty(Actor))
        {
            var actorText = Actor;
            var normalizedEmail = actorText.ToUpperInvariant();
            var actorIds = db.Users.GovernedBy(scope).Where(u => u.Id == actorText || u.FullName.Contains(actorText) || u.NormalizedEmail == normalizedEmail).Select(u => u.Id);
            entries = entries.Where(a => actorIds.Contains(a.ActorUserId!) || (a.ActorName != null && a.ActorName.Contains(actorText)));
        }

        if (!string.IsNullOrEmpty(Action))
        {
            var value = Action;
            entries = entries.Where(a => a.Action == value);
        }

        if (!string.IsNullOrEmpty(SubjectType))
        {
            var value = SubjectType;
            entries = entries.Where(a => a.SubjectType == value);
        }

        if (!string.IsNullOrEmpty(SubjectId))
        {
            var value = SubjectId;
            entries = entries.Where(a => a.SubjectId == value);
        }

        if (!string.IsNullOrEmpty(Text))
        {
            var value = Text;
            entries = entries.Where(a => (a.Details != null && a.Details.Contains(value)) || (a.IpAddress != null && a.IpAddress.StartsWith(value)));
        }

        // One row more than a page tells whether there is a next page without counting the whole log.
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNext = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
    }

    public string PageLink(int page) =>
        "/staff/admin/audit?" + string.Join("&amp;", new (string Key, string? Value)[]
        {
            ("actor", Actor), ("action", Action), ("subjectType", SubjectType), ("subjectId", SubjectId), ("q", Text), ("from", From), ("to", To),
            ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));
}
