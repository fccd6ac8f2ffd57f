namespace CitizenVoice.Core.Deadlines;

/// <summary>Stable codes (forms, API, database) and Vietnamese labels of <see cref="CaseComplexity"/>.</summary>
public static class ComplexityCodes
{
    private static readonly Dictionary<CaseComplexity, (string Code, string Label)> Map = new()
    {
        [CaseComplexity.Ordinary] = ("thuong", "Không phức tạp"),
        [CaseComplexity.Complex] = ("phuc-tap", "Phức tạp"),
        [CaseComplexity.EspeciallyComplex] = ("dac-biet-phuc-tap", "Đặc biệt phức tạp"),
    };

    public static IEnumerable<CaseComplexity> All => Map.Keys;

    public static string Code(this CaseComplexity complexity) => Map[complexity].Code;

    public static string Label(this CaseComplexity complexity) => Map[complexity].Label;

    public static bool TryParse(string? code, out CaseComplexity complexity)
    {
        foreach (var (key, entry) in Map)
        {
            if (string.Equals(entry.Code, code, StringComparison.Ordinal))
            {
                complexity = key;
                return true;
            }
        }

        complexity = default;
        return false;
    }

    public static CaseComplexity Parse(string code) =>
        TryParse(code, out var complexity) ? complexity : throw new FormatException($"Unknown complexity code '{code}'.");
}
