using CitizenVoice.Classification.Text;

namespace CitizenVoice.Classification.Routing;

/// <summary>
/// Finds the province a petition names, by current name or by a pre-2025 province merged into it (provinces.csv
/// column merged_from), so "Thái Bình" or "Hòa Bình" in old text resolve to today's province.
/// </summary>
public sealed class ProvinceDirectory
{
    private readonly List<(int Id, string Code)> _patterns;
    private readonly PhraseMatcher _matcher;

    public ProvinceDirectory(IEnumerable<(string Name, string Code)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var folded = names
            .Select(n => (Pattern: VietnameseText.FoldForMatching(n.Name), n.Code))
            .Where(p => p.Pattern.Length > 1)
            .OrderByDescending(p => p.Pattern.Length)
            .ToList();
        _matcher = new PhraseMatcher(folded.Select(p => p.Pattern));
        _patterns = folded.Select(p => (_matcher.IdOf(p.Pattern), p.Code)).ToList();
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
        ArgumentNullException.ThrowIfNull(foldedText);
        var hits = _matcher.Match(foldedText);
        foreach (var (id, code) in _patterns)
        {
            if (hits[id] >= 0)
            {
                return code;
            }
        }

        return null;
    }
}
