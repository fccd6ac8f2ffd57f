using System.Text.Encodings.Web;
using CitizenVoice.Core.Common;
using Microsoft.AspNetCore.Html;

namespace CitizenVoice.Web.Staff;

/// <summary>Puts a use case's field messages next to their fields on back-office forms, wired up for screen readers.</summary>
public sealed class FieldErrors(ValidationErrors errors)
{
    // Like the rest of the page (WebEncoderOptions): Vietnamese as is, not as numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public bool IsEmpty => errors.IsEmpty;

    public IReadOnlyDictionary<string, List<string>> ByField => errors.ByField;

    public bool Has(string key) => errors.Has(key);

    public string FieldClass(string key, string baseClass = "field") => errors.Has(key) ? baseClass + " field-error" : baseClass;

    public string? Invalid(string key) => errors.Has(key) ? "true" : null;

    /// <summary>The aria-describedby value: the hint (if any) and the error (if any).</summary>
    public string? Describe(string key, string? hintId = null)
    {
        var ids = new List<string>(2);
        if (hintId is not null)
        {
            ids.Add(hintId);
        }

        if (errors.Has(key))
        {
            ids.Add(ErrorId(key));
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    public IHtmlContent For(string key) => errors.ByField.TryGetValue(key, out var messages)
        ? new HtmlString($"<span class=\"error-message\" id=\"{ErrorId(key)}\">{Encoder.Encode(string.Join(" ", messages))}</span>")
        : HtmlString.Empty;

    /// <summary>"people[1].fullName" → "people-1-fullName": a valid, predictable element id.</summary>
    public static string ErrorId(string key) => IdOf(key) + "-error";

    public static string IdOf(string key) => key.Replace("[", "-", StringComparison.Ordinal).Replace("].", "-", StringComparison.Ordinal)
        .Replace("]", "", StringComparison.Ordinal).Replace(".", "-", StringComparison.Ordinal);
}
