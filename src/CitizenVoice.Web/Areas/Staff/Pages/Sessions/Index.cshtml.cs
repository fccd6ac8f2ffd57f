using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>The unit's sessions with their report deadlines (CT-REPORT) and how many meetings and opinions each has.</summary>
public sealed class IndexModel(ICitizenVoiceDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Sessions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        Today = VietnamTime.Today(clock);
        CanEdit = VoterMeetingAccess.CanEdit(scope);
        var sessions = await db.Sessions.AsNoTracking().VisibleTo(scope).OrderByDescending(s => s.OpensOn).Take(200).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var meetings = await db.VoterMeetings.AsNoTracking().Where(m => ids.Contains(m.SessionId))
            .GroupBy(m => m.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var opinions = await db.VoterOpinions.AsNoTracking().Where(o => ids.Contains(o.SessionId))
            .GroupBy(o => o.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Sessions = sessions.Select(s => new Row(s, meetings.GetValueOrDefault(s.Id), opinions.GetValueOrDefault(s.Id))).ToList();
    }

    public sealed record Row(Session Session, int Meetings, int Opinions);
}
