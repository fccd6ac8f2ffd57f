using CitizenVoice.Core;
using CitizenVoice.Core.Reception;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Reception;

/// <summary>The printable receipt (giấy biên nhận) handed to the citizen: tracking code, who came, what was handed over.</summary>
public sealed class ReceiptModel(ICitizenVoiceDb db, UnitNameCache unitNames) : PageModel
{
    public ReceptionVisit Visit { get; private set; } = null!;

    public Submission Submission { get; private set; } = null!;

    public string UnitName { get; private set; } = "";

    public string PlaceName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        var visit = await db.ReceptionVisits.AsNoTracking().Include(v => v.People).VisibleTo(scope).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (visit is null)
        {
            return NotFound();
        }

        Visit = visit;
        Submission = await db.Submissions.AsNoTracking().Include(s => s.Attachments).SingleAsync(s => s.Id == visit.SubmissionId, cancellationToken);
        UnitName = await unitNames.NameAsync(visit.UnitCode, cancellationToken);
        var commune = await db.Communes.AsNoTracking().Where(c => c.Code == Submission.CommuneCode).Select(c => c.FullName).FirstOrDefaultAsync(cancellationToken);
        var province = await db.Provinces.AsNoTracking().Where(p => p.Code == Submission.ProvinceCode).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        PlaceName = string.Join(", ", new[] { commune, province }.Where(n => n is not null));
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
