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

/// <summary>Adds a routing rule (no id) or changes one.</summary>
public sealed class EditModel(ICitizenVoiceDb db, TopicCatalog topics, AgencyCatalog agencies) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    public ValidationErrors Errors { get; private set; } = new();

    public IReadOnlyList<Province> Provinces { get; private set; } = [];

    public TopicCatalog Topics => topics;

    public AgencyCatalog Agencies => agencies;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var rule = await db.RoutingRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (rule is null)
            {
                return NotFound();
            }

            Input = new RuleInput
            {
                Kind = rule.Kind.ToString(), TopicCode = rule.TopicCode, Level = rule.Level, ProvinceCode = rule.ProvinceCode,
                Patterns = string.Join('\n', rule.PatternList), AgencyCodes = string.Join("; ", rule.AgencyList), Weight = rule.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] SaveRoutingRule save, CancellationToken cancellationToken)
    {
        var result = await save.ExecuteAsync(new SaveRoutingRuleRequest(Id, Input.Kind, Input.TopicCode, Input.Level, Input.ProvinceCode,
            Input.Patterns, Input.AgencyCodes, Input.Weight), HttpContext.StaffScope(), cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Saved)
        {
            Errors = result.Errors;
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = (Id is null ? "Đã thêm quy tắc: " : "Đã lưu quy tắc: ") + result.Rule!.Describe();
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public string FieldClass(string key) => Errors.Has(key) ? "field field-error" : "field";

    public sealed class RuleInput
    {
        public string? Kind { get; set; } = nameof(RoutingRuleKind.Table);

        public string? TopicCode { get; set; }

        public string? Level { get; set; }

        public string? ProvinceCode { get; set; }

        public string? Patterns { get; set; }

        public string? AgencyCodes { get; set; }

        public string? Weight { get; set; }
    }
}
