using CitizenVoice.Classification.Text;

namespace CitizenVoice.Classification.Routing;

/// <summary>
/// Finds the province a petition names, by current name or by a pre-2025 province merged into it (provinces.csv
/// column merged_from), so "Thái Bình" or "Hòa Bình" in old text resolve to today's province.
/// </summary>
public sealed class ProvinceDirectory
{
    private readonly List<(string Pattern, string Code)> _patterns;

    public ProvinceDirectory(IEnumerable<(string Name, string Code)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _patterns = names
            .Select(n => (Pattern: " " + VietnameseText.FoldForMatching(n.Name) + " ", n.Code))
            .Where(p => p.Pattern.Length > 3)
            .OrderByDescending(p => p.Pattern.Length)
            .ToList();
    }

    public static ProvinceDirectory LoadEmbedded()
    {
        using var reader = new StreamReader(Csv.OpenResource("provinces.csv"));
        var names = new List<(string, string)>();
        foreach (var row in Csv.Read(reader))
        {
            var code = row["code"];
            names.Add((row["name_vi"].Replace("Thành phố ", string.Empty, StringComparison.Ordinal).Replace("Tỉnh ", string.Empty, StringComparison.Ordinal), code));
            foreach (var old in row["merged_from"].Replace("(unchanged)", string.Empty, StringComparison.Ordinal).Split(';'))
            {
                if (!string.IsNullOrWhiteSpace(old))
                {
                    names.Add((old.Trim(), code));
                }
            }
        }

        names.Add(("TP.HCM", "79"));
        names.Add(("Sài Gòn", "79"));
        return new ProvinceDirectory(names);
    }

    /// <summary>Province code of the first (longest) province name found in folded text, or null.</summary>
    public string? Detect(string foldedText)
    {
        var padded = " " + foldedText + " ";
        foreach (var (pattern, code) in _patterns)
        {
            if (padded.Contains(pattern, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }
}
