using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Submissions.Inbox;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Web.Areas.Staff.Pages;

/// <summary>The back office's start page: what the unit has, by status, and what arrived last.</summary>
public sealed class IndexModel(ICitizenVoiceDb db, UnitNameCache unitNames, SubmissionClocks clocks, IOptions<DeadlineOptions> options, TimeProvider clock) : PageModel
{
    public int Overdue { get; private set; }

    public int DueSoon { get; private set; }

    public int NeedsTriage { get; private set; }

    public string UnitName { get; private set; } = "";

    public IReadOnlyList<(SubmissionStatus Status, int Count)> CountsByStatus { get; private set; } = [];

    public IReadOnlyList<RecentItem> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        UnitName = await unitNames.NameAsync(scope.UnitCode, cancellationToken);
        var visible = db.Submissions.AsNoTracking().VisibleTo(scope);
        var counts = await visible.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        CountsByStatus = Enum.GetValues<SubmissionStatus>()
            .Select(s => (s, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0))
            .ToList();
        var today = VietnamTime.Today(clock);
        var soon = SubmissionInbox.DueSoonLimit(await clocks.CalculatorAsync(cancellationToken), today, options.Value.DueSoonWorkingDays);
        Overdue = await visible.CountAsync(s => s.NextDueOn < today, cancellationToken);
        DueSoon = await visible.CountAsync(s => s.NextDueOn >= today && s.NextDueOn < soon, cancellationToken);
        NeedsTriage = await visible.CountAsync(s => s.RoutingStatus == RoutingStatus.NeedsTriage && s.Status != SubmissionStatus.Archived
            && s.Status != SubmissionStatus.Answered && s.Status != SubmissionStatus.Guided, cancellationToken);
        Recent = await visible.OrderByDescending(s => s.ReceivedAt).Take(10)
            .Select(s => new RecentItem(s.Id, s.TrackingCode, s.Title, s.Kind, s.ReceivedAt, s.Status))
            .ToListAsync(cancellationToken);
    }

    public sealed record RecentItem(Guid Id, string TrackingCode, string Title, SubmissionKind Kind, DateTimeOffset ReceivedAt, SubmissionStatus Status);
}
