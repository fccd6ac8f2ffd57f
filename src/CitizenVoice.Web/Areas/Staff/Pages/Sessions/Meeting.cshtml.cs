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

/// <summary>Create or edit a voter meeting of a session.</summary>
public sealed class MeetingModel(ICitizenVoiceDb db, PlaceCatalog places, SaveVoterMeeting saveMeeting) : PageModel
{
    public Session Session { get; private set; } = null!;

    public Guid? Id { get; private set; }

    public MeetingInput Input { get; private set; } = new();

    public ValidationErrors Errors { get; private set; } = new();

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid sessionId, Guid? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(sessionId, cancellationToken) is { } problem)
        {
            return problem;
        }

        Id = id;
        if (id is null)
        {
            Input = new MeetingInput { Phase = MeetingPhase.BeforeSession.Code(), Status = VoterMeetingStatus.Planned.Code(), StartTime = "08:00" };
            return Page();
        }

        var meeting = await db.VoterMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.SessionId == sessionId, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        Input = MeetingInput.From(meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid sessionId, Guid? id, MeetingInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(sessionId, cancellationToken) is { } problem)
        {
            return problem;
        }

        Id = id;
        Input = input;
        var result = await saveMeeting.ExecuteAsync(new SaveVoterMeetingRequest(sessionId, id, input.Version, input.Phase, input.Date,
            input.StartTime, input.Place, input.CommuneCode, input.OrganisingUnitCode, input.Deputies, input.VotersAttending,
            input.AnnouncedContent, input.Status), HttpContext.StaffScope(), cancellationToken);
        return FormOutcome.Respond(this, result.Outcome, "Đã lưu cuộc tiếp xúc cử tri.", $"/staff/sessions/{sessionId}", conflict =>
        {
            Conflict = conflict;
            Errors = result.Errors;
        });
    }

    private async Task<IActionResult?> LoadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !VoterMeetingAccess.CanSee(scope, session.OwnerUnitCode))
        {
            return NotFound();
        }

        if (!VoterMeetingAccess.CanEdit(scope))
        {
            return Forbid();
        }

        Session = session;
        var snapshot = await places.GetAsync(cancellationToken);
        Communes = SaveSession.ProvinceOf(session.OwnerUnitCode) is { } province
            ? snapshot.CommunesOf(province).OrderBy(c => c.SearchKey, StringComparer.Ordinal).ToList()
            : [];
        return null;
    }

    public sealed class MeetingInput
    {
        public int Version { get; set; }

        public string? Phase { get; set; }

        public string? Date { get; set; }

        public string? StartTime { get; set; }

        public string? Place { get; set; }

        public string? CommuneCode { get; set; }

        public string? OrganisingUnitCode { get; set; }

        public string? Deputies { get; set; }

        public string? VotersAttending { get; set; }

        public string? AnnouncedContent { get; set; }

        public string? Status { get; set; }

        public static MeetingInput From(VoterMeeting m) => new()
        {
            Version = m.Version,
            Phase = m.Phase.Code(),
            Date = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = m.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Place = m.Place,
            CommuneCode = m.CommuneCode,
            OrganisingUnitCode = m.OrganisingUnitCode,
            Deputies = string.Join('\n', m.Deputies),
            VotersAttending = m.VotersAttending?.ToString(CultureInfo.InvariantCulture),
            AnnouncedContent = m.AnnouncedContent,
            Status = m.Status.Code(),
        };
    }
}
