namespace CitizenVoice.Classification.Routing;

/// <summary>
/// One row of the routing table. Empty Topic, Level or Province means "any". Level may be "dia-phuong" for both
/// local levels. Patterns are folded (no diacritics) phrases matched on word boundaries; Agencies are in order of
/// preference. Weight orders keyword rules that fire together (higher first).
/// </summary>
public sealed record RoutingRule(
    RuleKind Kind,
    string? Topic,
    string? Level,
    string? Province,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Agencies,
    int Weight = 0)
{
    public bool AppliesToLevel(string level) =>
        string.IsNullOrEmpty(Level) || CompetenceLevel.Matches(level, Level);

    public bool AppliesToTopic(string topic) =>
        string.IsNullOrEmpty(Topic) || string.Equals(Topic, topic, StringComparison.Ordinal);

    public bool AppliesToProvince(string? province) =>
        string.IsNullOrEmpty(Province) || string.Equals(Province, province, StringComparison.Ordinal);
}
