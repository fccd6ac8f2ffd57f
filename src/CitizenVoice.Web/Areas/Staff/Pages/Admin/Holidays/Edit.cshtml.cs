using System.Globalization;
using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Holidays;

/// <summary>Corrects one day of the holiday calendar (name, kind, note); the date is the entry's identity.</summary>
public sealed class EditModel(ICitizenVoiceDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly Date { get; set; }

    [BindProperty]
    public IndexModel.HolidayInput Input { get; set; } = new();

    public ValidationErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var day = await db.PublicHolidays.AsNoTracking().FirstOrDefaultAsync(h => h.Date == Date, cancellationToken);
        if (day is null)
        {
            return NotFound();
        }

        Input = new IndexModel.HolidayInput { Date = Iso(day.Date), Name = day.Name, Kind = day.Kind.Code(), Note = day.Note };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] SavePublicHoliday save, CancellationToken cancellationToken)
    {
        var result = await save.ExecuteAsync(new SavePublicHolidayRequest(Date, Input.Date, Input.Name, Input.Kind, Input.Note),
            HttpContext.StaffScope(), cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Saved)
        {
            Errors = result.Errors;
            return Page();
        }

        TempData["Flash"] = $"Đã lưu ngày {Date:dd/MM/yyyy}.";
        return RedirectToPage("Index", new { year = Date.Year });
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
