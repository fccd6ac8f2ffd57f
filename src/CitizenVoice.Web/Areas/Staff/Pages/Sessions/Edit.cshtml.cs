using System.Globalization;
using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>Create or edit a session: body, term, number, dates. Deputies may not (403).</summary>
public sealed class EditModel(ICitizenVoiceDb db, SaveSession saveSession) : PageModel
{
    public SessionInput Input { get; private set; } = new();

    public ValidationErrors Errors { get; private set; } = new();

    public Guid? Id { get; private set; }

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        if (!VoterMeetingAccess.CanEdit(scope))
        {
            return Forbid();
        }

        if (id is null)
        {
            return Page();
        }

        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || !VoterMeetingAccess.CanSee(scope, session.OwnerUnitCode))
        {
            return NotFound();
        }

        Id = id;
        Input = SessionInput.From(session);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, SessionInput input, CancellationToken cancellationToken)
    {
        Id = id;
        Input = input;
        var result = await saveSession.ExecuteAsync(new SaveSessionRequest(id, input.Version, input.Body, input.Term, input.Number,
            input.Title, input.OpensOn, input.ClosesOn, input.CommuneCode), HttpContext.StaffScope(), cancellationToken);
        return FormOutcome.Respond(this, result.Outcome, "Đã lưu kỳ họp.", $"/staff/sessions/{result.SessionId}", conflict =>
        {
            Conflict = conflict;
            Errors = result.Errors;
        });
    }

    public sealed class SessionInput
    {
        public int Version { get; set; }

        public string? Body { get; set; } = SessionBody.NationalAssembly.Code();

        public string? Term { get; set; } = "XVI";

        public string? Number { get; set; }

        public string? Title { get; set; }

        public string? OpensOn { get; set; }

        public string? ClosesOn { get; set; }

        public string? CommuneCode { get; set; }

        public static SessionInput From(Session s) => new()
        {
            Version = s.Version,
            Body = s.Body.Code(),
            Term = s.Term,
            Number = s.Number.ToString(CultureInfo.InvariantCulture),
            Title = s.Title,
            OpensOn = s.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ClosesOn = s.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CommuneCode = s.Body == SessionBody.CommuneCouncil ? s.BodyUnitCode.Split('.').ElementAtOrDefault(1) : null,
        };
    }
}
