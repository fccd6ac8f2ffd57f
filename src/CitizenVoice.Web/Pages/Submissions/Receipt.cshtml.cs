using CitizenVoice.Core;
using CitizenVoice.Core.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Pages.Submissions;

/// <summary>
/// The receipt, shown once after a successful submission. The code comes from TempData, never from the URL, so a
/// receipt cannot be opened by guessing an address; a reload shows a short explanation instead.
/// </summary>
public sealed class ReceiptModel(ICitizenVoiceDb db) : PageModel
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public Submission? Submission { get; private set; }

    public string? PlaceName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (TempData[SubmitModel.TrackingCodeKey] is not string code)
        {
            return;
        }

        Submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.TrackingCode == code, cancellationToken);
        if (Submission is not null)
        {
            var commune = await db.Communes.AsNoTracking().Where(c => c.Code == Submission.CommuneCode).Select(c => c.FullName).FirstOrDefaultAsync(cancellationToken);
            var province = await db.Provinces.AsNoTracking().Where(p => p.Code == Submission.ProvinceCode).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            PlaceName = string.Join(", ", new[] { commune, province }.Where(n => n is not null));
        }

        Response.Headers.CacheControl = "no-store";
    }
}
