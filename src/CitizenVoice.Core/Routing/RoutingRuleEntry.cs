namespace CitizenVoice.Core.Routing;

/// <summary>
/// One row of the routing table administrators edit (seeded from the classifier's routing-rules.csv). Empty topic,
/// level or province means "any"; level may be <see cref="LocalLevels"/> for both local levels. Patterns are phrases
/// as typed (matched later without diacritics, on word boundaries); agencies are agencies.csv codes, primary first.
/// <see cref="Position"/> keeps the file's order, which decides between rows that match equally.
/// </summary>
public sealed class RoutingRuleEntry
{
    public const string LocalLevels = "dia-phuong";
    public const int PatternsMaxLength = 2000;
    public const int PatternMaxLength = 100;
    public const int AgenciesMaxLength = 200;
    public const int MaxAgencies = 3;
    public const int MaxWeight = 100;
    public const char PatternSeparator = '|';
    public const char AgencySeparator = ';';

    public RoutingRuleEntry(int position, RoutingRuleKind kind, string? topicCode, string? level, string? provinceCode,
        IReadOnlyList<string> patterns, IReadOnlyList<string> agencyCodes, int weight, string? userId, DateTimeOffset at)
    {
        Position = position;
        Set(kind, topicCode, level, provinceCode, patterns, agencyCodes, weight, userId, at);
    }

    private RoutingRuleEntry()
    {
    }

    public int Id { get; private set; }

    public int Position { get; private set; }

    public RoutingRuleKind Kind { get; private set; }

    public string? TopicCode { get; private set; }

    public string? Level { get; private set; }

    public string? ProvinceCode { get; private set; }

    /// <summary>Phrases separated by <see cref="PatternSeparator"/>.</summary>
    public string Patterns { get; private set; } = "";

    /// <summary>Agency codes separated by <see cref="AgencySeparator"/>.</summary>
    public string AgencyCodes { get; private set; } = "";

    public int Weight { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? UpdatedByUserId { get; private set; }

    public IReadOnlyList<string> PatternList => Split(Patterns, PatternSeparator);

    public IReadOnlyList<string> AgencyList => Split(AgencyCodes, AgencySeparator);

    /// <summary>Values are validated by <see cref="SaveRoutingRule"/> (it needs the catalogs).</summary>
    public void Set(RoutingRuleKind kind, string? topicCode, string? level, string? provinceCode,
        IReadOnlyList<string> patterns, IReadOnlyList<string> agencyCodes, int weight, string? userId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(agencyCodes);
        if (agencyCodes.Count is 0 or > MaxAgencies)
        {
            throw new ArgumentException($"A routing rule names 1 to {MaxAgencies} agencies.", nameof(agencyCodes));
        }

        Kind = kind;
        TopicCode = EmptyToNull(topicCode);
        Level = EmptyToNull(level);
        ProvinceCode = EmptyToNull(provinceCode);
        Patterns = string.Join(PatternSeparator, patterns);
        AgencyCodes = string.Join(AgencySeparator, agencyCodes);
        Weight = weight;
        UpdatedByUserId = userId;
        UpdatedAt = at;
    }

    /// <summary>One line for the audit log and the page's messages.</summary>
    public string Describe() =>
        $"{Kind.ToString().ToLowerInvariant()} | lĩnh vực {TopicCode ?? "(mọi)"} | cấp {Level ?? "(mọi)"} | tỉnh {ProvinceCode ?? "(mọi)"}"
        + (Patterns.Length > 0 ? $" | cụm từ {Patterns}" : "") + $" → {AgencyCodes}" + (Weight != 0 ? $" (trọng số {Weight})" : "");

    private static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
