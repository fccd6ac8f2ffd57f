using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Holidays;

/// <summary>The holiday calendar that working-day deadlines skip: one year at a time, add and delete days.</summary>
public sealed class IndexModel(ICitizenVoiceDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public HolidayInput Input { get; set; } = new();

    public int ShownYear { get; private set; }

    public IReadOnlyList<PublicHoliday> Days { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public ValidationErrors Errors { get; private set; } = new();

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync([FromServices] SavePublicHoliday save, CancellationToken cancellationToken)
    {
        var result = await save.ExecuteAsync(new SavePublicHolidayRequest(null, Input.Date, Input.Name, Input.Kind, Input.Note),
            HttpContext.StaffScope(), cancellationToken);
        if (!result.Saved)
        {
            Errors = result.Errors;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Flash = $"Đã thêm ngày {Input.Date}.";
        return RedirectToPage(new { year = ParseYear(Input.Date) ?? Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync(DateOnly date, [FromServices] DeletePublicHoliday delete, CancellationToken cancellationToken)
    {
        Flash = await delete.ExecuteAsync(date, HttpContext.StaffScope(), cancellationToken)
            ? $"Đã xóa ngày {date:dd/MM/yyyy}."
            : "Ngày này không còn trong lịch.";
        return RedirectToPage(new { year = date.Year });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Year;
        var from = new DateOnly(ShownYear, 1, 1);
        var to = new DateOnly(ShownYear, 12, 31);
        Days = await db.PublicHolidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date).ToListAsync(cancellationToken);
        var years = (await db.PublicHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken)).Select(d => d.Year).ToHashSet();
        years.Add(ShownYear);
        years.Add(ShownYear + 1);
        Years = years.Order().ToList();
    }

    private static int? ParseYear(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), out var year) ? year : null;

    public sealed class HolidayInput
    {
        public string? Date { get; set; }

        public string? Name { get; set; }

        public string? Kind { get; set; } = "ngay-le";

        public string? Note { get; set; }
    }
}
