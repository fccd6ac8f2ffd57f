using System.Globalization;
using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>One session: deadlines, counts, its meetings as a list and as a month calendar, publishing announcements.</summary>
public sealed class DetailsModel(ICitizenVoiceDb db, PlaceCatalog places, PublishVoterMeeting publishMeeting, TimeProvider clock) : PageModel
{
    public Session Session { get; private set; } = null!;

    public IReadOnlyList<VoterMeeting> Meetings { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> OpinionCounts { get; private set; } = new Dictionary<Guid, int>();

    public int OnlineOpinions { get; private set; }

    public MonthCalendar Calendar { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    public string? Flash { get; private set; }

    public PlaceCatalog.Snapshot Places { get; private set; } = null!;

    public int MeetingsHeld => Meetings.Count(m => m.Status != VoterMeetingStatus.Planned);

    public int VotersAttending => Meetings.Sum(m => m.VotersAttending ?? 0);

    public int Opinions => OpinionCounts.Values.Sum() + OnlineOpinions;

    public async Task<IActionResult> OnGetAsync(Guid id, string? thang, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || !VoterMeetingAccess.CanSee(scope, session.OwnerUnitCode))
        {
            return NotFound();
        }

        Session = session;
        Today = VietnamTime.Today(clock);
        CanEdit = VoterMeetingAccess.CanEdit(scope);
        Flash = TempData["Flash"] as string;
        Places = await places.GetAsync(cancellationToken);
        Meetings = await db.VoterMeetings.AsNoTracking().Where(m => m.SessionId == id).OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .ToListAsync(cancellationToken);
        var counts = await db.VoterOpinions.AsNoTracking().Where(o => o.SessionId == id)
            .GroupBy(o => o.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        OpinionCounts = counts.Where(c => c.Key is not null).ToDictionary(c => c.Key!.Value, c => c.Count);
        OnlineOpinions = counts.Where(c => c.Key is null).Sum(c => c.Count);

        var month = ParseMonth(thang) ?? (Meetings.Count > 0 ? new DateOnly(Meetings[0].Date.Year, Meetings[0].Date.Month, 1)
            : new DateOnly(session.OpensOn.Year, session.OpensOn.Month, 1));
        Calendar = new MonthCalendar(month, Meetings);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, Guid meetingId, bool publish, CancellationToken cancellationToken)
    {
        var outcome = await publishMeeting.ExecuteAsync(meetingId, publish, HttpContext.StaffScope(), cancellationToken);
        switch (outcome)
        {
            case VoterMeetingOutcome.NotFound:
                return NotFound();
            case VoterMeetingOutcome.Forbidden:
                return Forbid();
            case VoterMeetingOutcome.Conflict:
                TempData["Flash"] = "Người khác vừa sửa cuộc tiếp xúc này; vui lòng thử lại.";
                break;
            default:
                TempData["Flash"] = publish ? "Đã đăng thông báo lên cổng thông tin." : "Đã gỡ thông báo khỏi cổng thông tin.";
                break;
        }

        return Redirect($"/staff/sessions/{id}");
    }

    public string CommuneName(string code) => Places.CommunesByCode.TryGetValue(code, out var c) ? c.FullName : code;

    private static DateOnly? ParseMonth(string? raw) =>
        DateOnly.TryParseExact(raw + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
