using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.RemoteAreas;

/// <summary>Which communes are remote areas (vùng sâu, vùng xa): search by name with or without diacritics, toggle.</summary>
public sealed class IndexModel(ICitizenVoiceDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OnlyRemote { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Province> Provinces { get; private set; } = [];

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public int Total { get; private set; }

    public int RemoteCount { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        RemoteCount = await db.Communes.CountAsync(c => c.IsRemoteArea, cancellationToken);
        var query = db.Communes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Province))
        {
            query = query.Where(c => c.ProvinceCode == Province);
        }

        if (OnlyRemote)
        {
            query = query.Where(c => c.IsRemoteArea);
        }

        var folded = VietnameseText.Fold(Q);
        if (folded.Length > 0)
        {
            query = query.Where(c => c.SearchKey.Contains(folded) || c.Code == folded);
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Communes = await query.OrderBy(c => c.ProvinceCode).ThenBy(c => c.SearchKey)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostToggleAsync(string code, bool remote, [FromServices] SetRemoteArea setRemote, CancellationToken cancellationToken)
    {
        var commune = await setRemote.ExecuteAsync(code, remote, HttpContext.StaffScope(), cancellationToken);
        if (commune is null)
        {
            return NotFound();
        }

        Flash = remote ? $"{commune.FullName} đã được đánh dấu vùng sâu, vùng xa." : $"{commune.FullName} không còn là vùng sâu, vùng xa.";
        return RedirectToPage(new { q = Q, province = Province, onlyRemote = OnlyRemote, p = PageNumber });
    }

    public string ProvinceName(string code) => Provinces.FirstOrDefault(p => p.Code == code)?.Name ?? code;
}
