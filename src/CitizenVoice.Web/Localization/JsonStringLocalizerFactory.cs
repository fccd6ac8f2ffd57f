using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace CitizenVoice.Web.Localization;

/// <summary>
/// Vietnamese is the source language: the key is the Vietnamese text itself, so views read naturally and a missing
/// translation falls back to Vietnamese. Resources/{culture}.json maps Vietnamese → that language (only "en" today).
/// One dictionary for the whole app: the portal's vocabulary is small and shared.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _translations;

    public JsonStringLocalizerFactory(IWebHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "Resources");
        var translations = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
            {
                var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [];
                translations[Path.GetFileNameWithoutExtension(file)] = entries.ToFrozenDictionary(StringComparer.Ordinal);
            }
        }

        _translations = translations.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(this);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(this);

    internal string? Translate(string key)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (_translations.TryGetValue(culture.Name, out var exact) && exact.TryGetValue(key, out var value))
        {
            return value;
        }

        return _translations.TryGetValue(culture.TwoLetterISOLanguageName, out var language) && language.TryGetValue(key, out value)
            ? value
            : null;
    }

    internal IEnumerable<LocalizedString> All()
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return _translations.TryGetValue(culture, out var entries)
            ? entries.Select(e => new LocalizedString(e.Key, e.Value))
            : [];
    }
}
