using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions.Inbox;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Web.Areas.Staff.Pages.Deadlines;

/// <summary>Overdue and due-soon items by responsible unit (the assigned unit, else the owner), within the viewer's scope.</summary>
public sealed class IndexModel(ICitizenVoiceDb db, SubmissionClocks clocks, UnitNameCache unitNames, IOptions<DeadlineOptions> options, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UnitRow> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int DueSoonWorkingDays => options.Value.DueSoonWorkingDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(clock);
        var today = Today;
        var soon = SubmissionInbox.DueSoonLimit(await clocks.CalculatorAsync(cancellationToken), today, options.Value.DueSoonWorkingDays);
        var groups = await db.Submissions.AsNoTracking().VisibleTo(HttpContext.StaffScope())
            .Where(s => s.NextDueOn != null && s.NextDueOn < soon)
            .GroupBy(s => s.AssignedUnitCode ?? s.OwnerUnitCode)
            .Select(g => new { Unit = g.Key, Overdue = g.Count(s => s.NextDueOn < today), DueSoon = g.Count(s => s.NextDueOn >= today) })
            .ToListAsync(cancellationToken);
        var rows = new List<UnitRow>();
        foreach (var group in groups)
        {
            rows.Add(new UnitRow(group.Unit, await unitNames.NameAsync(group.Unit, cancellationToken), group.Overdue, group.DueSoon));
        }

        Rows = rows.OrderByDescending(r => r.Overdue).ThenByDescending(r => r.DueSoon).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    public sealed record UnitRow(string Code, string Name, int Overdue, int DueSoon);
}
