using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Places;

/// <summary>Looks up provinces and communes; commune search matches with or without diacritics.</summary>
public sealed class PlaceDirectory(PlaceCatalog catalog)
{
    public const int MaxSuggestions = 20;

    public async Task<IReadOnlyList<Province>> ProvincesAsync(CancellationToken cancellationToken) =>
        (await catalog.GetAsync(cancellationToken)).Provinces;

    public async Task<Province?> FindProvinceAsync(string? code, CancellationToken cancellationToken) =>
        code is not null && (await catalog.GetAsync(cancellationToken)).ProvincesByCode.TryGetValue(code, out var province) ? province : null;

    public async Task<Commune?> FindCommuneAsync(string? code, CancellationToken cancellationToken) =>
        code is not null && (await catalog.GetAsync(cancellationToken)).CommunesByCode.TryGetValue(code, out var commune) ? commune : null;

    public async Task<List<Commune>> SearchCommunesAsync(string provinceCode, string? query, CancellationToken cancellationToken)
    {
        var key = VietnameseText.Fold(query);
        var communes = (await catalog.GetAsync(cancellationToken)).CommunesOf(provinceCode);

        // Names that start with the query come first: "an" should offer "An Khánh" before "Hoà An".
        return communes
            .Where(c => key.Length == 0 || c.SearchKey.Contains(key, StringComparison.Ordinal))
            .OrderByDescending(c => StartsWithWord(c, key))
            .ThenBy(c => c.Name.Length)
            .ThenBy(c => c.SearchKey, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .ToList();
    }

    /// <summary>
    /// Resolves what a citizen typed or picked to one commune of the province: the 5-digit code, the full name
    /// ("Phường Hoàn Kiếm") or the short name ("Hoàn Kiếm", "hoan kiem"). Null when nothing or several match.
    /// </summary>
    public async Task<Commune?> ResolveCommuneAsync(string provinceCode, string? input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var snapshot = await catalog.GetAsync(cancellationToken);
        var trimmed = input.Trim();
        if (trimmed.Length == Commune.CodeLength && trimmed.All(char.IsAsciiDigit))
        {
            return snapshot.CommunesByCode.TryGetValue(trimmed, out var byCode) && byCode.ProvinceCode == provinceCode ? byCode : null;
        }

        var key = VietnameseText.Fold(trimmed);
        var candidates = snapshot.CommunesOf(provinceCode).Where(c => c.SearchKey.Contains(key, StringComparison.Ordinal)).ToList();
        var exact = candidates.Where(c => c.SearchKey == key || VietnameseText.Fold(c.Name) == key).ToList();
        return exact.Count == 1 ? exact[0] : candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool StartsWithWord(Commune commune, string key) =>
        key.Length > 0 && VietnameseText.Fold(commune.Name).StartsWith(key, StringComparison.Ordinal);
}
