using CitizenVoice.Classification.Text;

namespace CitizenVoice.Classification.Routing;

/// <summary>Reads routing rules from CSV text (kind,topic,level,province,pattern,agencies,weight); embedded by default.</summary>
public sealed class CsvRoutingRulesSource : IRoutingRulesSource
{
    private readonly Func<TextReader> _open;

    public CsvRoutingRulesSource(Func<TextReader> open) => _open = open;

    public static CsvRoutingRulesSource Embedded() =>
        new(() => new StreamReader(Csv.OpenResource("routing-rules.csv")));

    public IReadOnlyList<RoutingRule> LoadRules()
    {
        using var reader = _open();
        return Csv.Read(reader).Select(Parse).ToList();
    }

    private static RoutingRule Parse(Dictionary<string, string> row)
    {
        var kind = Enum.Parse<RuleKind>(row["kind"], ignoreCase: true);
        var patterns = row["pattern"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(VietnameseText.FoldForMatching)
            .ToList();
        var agencies = row["agencies"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var weight = row.TryGetValue("weight", out var w) && int.TryParse(w, out var parsed) ? parsed : 0;
        return new RoutingRule(kind, NullIfEmpty(row["topic"]), NullIfEmpty(row["level"]), NullIfEmpty(row["province"]), patterns, agencies, weight);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
