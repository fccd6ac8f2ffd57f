using System.Globalization;
using CitizenVoice.Core.Routing;

namespace CitizenVoice.Data.Seeding;

/// <summary>The classifier's routing-rules.csv, embedded in this assembly.</summary>
public sealed class EmbeddedShippedRoutingRules : IShippedRoutingRules
{
    public IReadOnlyList<RoutingRuleEntry> Load(DateTimeOffset at)
    {
        var position = 0;
        var rules = new List<RoutingRuleEntry>();
        foreach (var row in CsvReader.ReadEmbedded("routing-rules.csv"))
        {
            var kind = Enum.Parse<RoutingRuleKind>(row["kind"], ignoreCase: true);
            var patterns = row["pattern"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
            var agencies = row["agencies"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var weight = row.TryGetValue("weight", out var w) && int.TryParse(w, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            rules.Add(new RoutingRuleEntry(++position, kind, row["topic"], row["level"], row["province"], patterns, agencies, weight, null, at));
        }

        return rules;
    }
}
