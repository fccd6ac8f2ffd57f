using CitizenVoice.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Places;

/// <summary>Looks up provinces and communes; commune search matches with or without diacritics.</summary>
public sealed class PlaceDirectory(ICitizenVoiceDb db)
{
    public const int MaxSuggestions = 20;

    public Task<List<Province>> ProvincesAsync(CancellationToken cancellationToken) =>
        db.Provinces.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public async Task<List<Commune>> SearchCommunesAsync(string provinceCode, string? query, CancellationToken cancellationToken)
    {
        var key = VietnameseText.Fold(query);
        var communes = db.Communes.AsNoTracking().Where(c => c.ProvinceCode == provinceCode);
        if (key.Length > 0)
        {
            communes = communes.Where(c => c.SearchKey.Contains(key));
        }

        var found = await communes.OrderBy(c => c.SearchKey).Take(200).ToListAsync(cancellationToken);

        // Names that start with the query come first: "an" should offer "An Khánh" before "Hoà An".
        return found
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

        var trimmed = input.Trim();
        if (trimmed.Length == Commune.CodeLength && trimmed.All(char.IsAsciiDigit))
        {
            return await db.Communes.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Code == trimmed && c.ProvinceCode == provinceCode, cancellationToken);
        }

        var key = VietnameseText.Fold(trimmed);
        var candidates = await db.Communes.AsNoTracking()
            .Where(c => c.ProvinceCode == provinceCode && c.SearchKey.Contains(key))
            .ToListAsync(cancellationToken);

        var exact = candidates.Where(c => c.SearchKey == key || VietnameseText.Fold(c.Name) == key).ToList();
        return exact.Count == 1 ? exact[0] : candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool StartsWithWord(Commune commune, string key) =>
        key.Length > 0 && VietnameseText.Fold(commune.Name).StartsWith(key, StringComparison.Ordinal);
}
