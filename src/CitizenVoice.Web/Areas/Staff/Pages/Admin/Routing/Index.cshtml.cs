using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Routing;

/// <summary>The routing table the classifier turns topic + level + text into an agency with: list, filter, delete.</summary>
public sealed class IndexModel(ICitizenVoiceDb db, TopicCatalog topics, AgencyCatalog agencies, AddShippedRoutingRules shipped) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<RoutingRuleEntry> Rules { get; private set; } = [];

    public IReadOnlyList<Province> Provinces { get; private set; } = [];

    public TopicCatalog Topics => topics;

    public int Total { get; private set; }

    /// <summary>Rules this version ships that the table does not have (new since the table was seeded, or removed).</summary>
    public IReadOnlyList<RoutingRuleEntry> ShippedMissing { get; private set; } = [];

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        Total = await db.RoutingRules.CountAsync(cancellationToken);
        ShippedMissing = await shipped.MissingAsync(cancellationToken);
        var query = db.RoutingRules.AsNoTracking();
        if (Enum.TryParse<RoutingRuleKind>(Kind, ignoreCase: true, out var kind))
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (!string.IsNullOrEmpty(Topic))
        {
            query = query.Where(r => r.TopicCode == Topic);
        }

        if (!string.IsNullOrEmpty(Level))
        {
            query = query.Where(r => r.Level == Level);
        }

        if (!string.IsNullOrEmpty(Province))
        {
            query = query.Where(r => r.ProvinceCode == Province);
        }

        var rules = await query.OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var folded = VietnameseText.Fold(Q);
        // Phrases are few hundred rows in all: matching folded text in memory finds "mat dien" in "mất điện".
        Rules = folded.Length == 0 ? rules : rules.Where(r => VietnameseText.Fold(r.Patterns + " " + r.AgencyCodes).Contains(folded, StringComparison.Ordinal)
            || r.AgencyList.Any(a => VietnameseText.Fold(AgencyName(a)).Contains(folded, StringComparison.Ordinal))).ToList();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, [FromServices] DeleteRoutingRule delete, CancellationToken cancellationToken)
    {
        var removed = await delete.ExecuteAsync(id, HttpContext.StaffScope(), cancellationToken);
        Flash = removed is null ? "Quy tắc này không còn trong bảng." : "Đã xóa quy tắc: " + removed.Describe();
        return RedirectToPage(new { kind = Kind, topic = Topic, level = Level, province = Province, q = Q });
    }

    public async Task<IActionResult> OnPostAddShippedAsync(int? position, CancellationToken cancellationToken)
    {
        var added = await shipped.ExecuteAsync(HttpContext.StaffScope(), position, cancellationToken);
        Flash = added.Count switch
        {
            0 => "Không còn quy tắc nào của bảng mặc định cần thêm.",
            1 => "Đã thêm quy tắc: " + added[0].Describe(),
            _ => $"Đã thêm {added.Count} quy tắc của bảng mặc định vào cuối bảng.",
        };
        return RedirectToPage();
    }

    public string AgencyName(string code) => agencies.Find(code)?.Name ?? code;

    public string TopicName(string? code) => code is null ? "Mọi lĩnh vực" : topics.Label(code);

    public string ProvinceName(string? code) => code is null ? "Mọi tỉnh" : Provinces.FirstOrDefault(p => p.Code == code)?.Name ?? code;
}
