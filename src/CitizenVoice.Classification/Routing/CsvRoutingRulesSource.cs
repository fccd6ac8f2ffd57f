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
        var weight = row.TryGetValue("weight", out var w) && int.TryParse(w, out var parsed) ? parsed : 0;
        return Create(kind, row["topic"], row["level"], row["province"], row["pattern"].Split('|'), row["agencies"].Split(';'), weight);
    }

    /// <summary>A rule from stored text (CSV or database): patterns are folded for matching, blanks mean "any".</summary>
    internal static RoutingRule Create(RuleKind kind, string? topic, string? level, string? province,
        IEnumerable<string> patterns, IEnumerable<string> agencies, int weight)
    {
        var folded = patterns.Select(p => p.Trim()).Where(p => p.Length > 0).Select(VietnameseText.FoldForMatching).ToList();
        var codes = agencies.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        return new RoutingRule(kind, NullIfEmpty(topic), NullIfEmpty(level), NullIfEmpty(province), folded, codes, weight);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
