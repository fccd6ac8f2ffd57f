using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;

namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// How items are laid out in the report: central items by ministry, local items by department or commune body, each
/// group in the order of agencies.csv (the order of the Government's list), items by their sort key inside it.
/// </summary>
public sealed class ItemGrouping(AgencyCatalog agencies, TopicCatalog topics)
{
    public static string KeyOf(ConsolidatedItem item) =>
        (item.IsLocal ? "local|" : "central|") + (item.AgencyCode ?? "") + "|" + (item.IsLocal ? item.AgencyUnitCode ?? "" : "");

    /// <param name="unitNames">Names of concrete local bodies by unit code, for titles of local groups.</param>
    public IReadOnlyList<ItemGroup> Group(IEnumerable<ConsolidatedItem> items, IReadOnlyDictionary<string, string> unitNames)
    {
        var order = agencies.All.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return items
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .Select(g => g.OrderBy(i => i.SortKey).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id).ToList())
            .OrderBy(g => g[0].IsLocal)
            .ThenBy(g => g[0].AgencyCode is { } code && order.TryGetValue(code, out var index) ? index : int.MaxValue)
            .ThenBy(g => g[0].AgencyUnitCode, StringComparer.Ordinal)
            .Select(g => Describe(g, unitNames))
            .ToList();
    }

    private ItemGroup Describe(List<ConsolidatedItem> items, IReadOnlyDictionary<string, string> unitNames)
    {
        var first = items[0];
        var fields = items.Select(i => i.TopicCode).Where(t => t is not null).Distinct(StringComparer.Ordinal)
            .Select(t => Lower(topics.Label(t))).ToList();
        var agency = first.IsLocal && first.AgencyUnitCode is { } unit && unitNames.TryGetValue(unit, out var unitName) ? unitName
            : first.AgencyCode is { } code && agencies.Find(code) is { } a ? a.Name
            : "chưa xác định cơ quan giải quyết";
        var title = fields.Count == 0 ? $"Các kiến nghị khác ({agency})" : $"Lĩnh vực {string.Join(", ", fields)} ({agency})";
        return new ItemGroup(first.IsLocal, KeyOf(first), title, agency, items);
    }

    private static string Lower(string label) => label.Length == 0 ? label : char.ToLowerInvariant(label[0]) + label[1..];
}
