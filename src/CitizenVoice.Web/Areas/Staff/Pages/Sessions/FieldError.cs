using CitizenVoice.Core.Common;
using Microsoft.AspNetCore.Html;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>The error message next to a field of the session forms (id "{key}-error", for aria-describedby).</summary>
public static class FieldError
{
    public static IHtmlContent For(ValidationErrors errors, string key, string? idPrefix = null) =>
        errors.First(key) is { } message
            ? new HtmlContentBuilder().AppendHtml($"<span class=\"error-message\" id=\"{idPrefix}{key}-error\">").Append(message).AppendHtml("</span>")
            : HtmlString.Empty;

    public static string FieldClass(ValidationErrors errors, string key) => errors.Has(key) ? "field field-error" : "field";

    public static string? Invalid(ValidationErrors errors, string key) => errors.Has(key) ? "true" : null;

    public static string? DescribedBy(ValidationErrors errors, string key, string? idPrefix = null) =>
        errors.Has(key) ? $"{idPrefix}{key}-error" : null;
}
