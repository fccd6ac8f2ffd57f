using CitizenVoice.Core.Places;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions.Inbox;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Areas.Staff.Pages.Submissions;

/// <summary>
/// The processors' inbox. A plain GET form (works without JavaScript); with htmx the form swaps only the results and
/// pushes the URL, so the same address answers a full page or just the <c>_Results</c> fragment.
/// </summary>
public sealed class IndexModel(SubmissionInbox inbox, TopicCatalog topics, PlaceCatalog places, UnitNameCache unitNames) : PageModel
{
    public InboxFilter Filter { get; private set; } = new();

    public InboxPage Results { get; private set; } = null!;

    public TopicCatalog Topics => topics;

    public PlaceCatalog.Snapshot Places { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync([FromQuery] InboxFilter filter, CancellationToken cancellationToken)
    {
        Filter = filter;
        Places = await places.GetAsync(cancellationToken);
        Results = await inbox.SearchAsync(filter, HttpContext.StaffScope(), cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in Results.Rows.Select(r => r.AssignedUnitCode ?? r.OwnerUnitCode).Distinct())
        {
            names[code] = await unitNames.NameAsync(code, cancellationToken);
        }

        UnitNames = names;
        if (Request.Headers.ContainsKey("HX-Request") && !Request.Headers.ContainsKey("HX-History-Restore-Request"))
        {
            return Partial("_Results", this);
        }

        return Page();
    }

    /// <summary>The current query with some values replaced (null removes), for sort and pager links.</summary>
    public string LinkWith(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["kind"] = Filter.Kind, ["channel"] = Filter.Channel, ["topic"] = Filter.Topic, ["status"] = Filter.Status,
            ["routing"] = Filter.Routing, ["province"] = Filter.Province, ["commune"] = Filter.Commune,
            ["from"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["deadline"] = Filter.Deadline, ["mine"] = Filter.Mine ? "true" : null, ["unit"] = Filter.Unit, ["q"] = Filter.Q,
            ["sort"] = Filter.Sort, ["page"] = Filter.Page > 1 ? Filter.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/staff/submissions",
            values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
        return query;
    }
}
