using System.Globalization;
using System.Text;

namespace CitizenVoice.Core.Common;

/// <summary>Unicode handling for Vietnamese input: NFC normalisation and diacritic folding for search.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Normalises to NFC and trims. Phones and old Word files send NFD or combining tone marks; stored text must be
    /// one canonical form so that equality, sorting and search behave. Returns null for invalid UTF-16 (lone surrogates).
    /// </summary>
    public static string? ToNfc(string value)
    {
        if (!IsWellFormedUtf16(value))
        {
            return null;
        }

        return value.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>True when the text has a control or format character other than the allowed line breaks and tabs.</summary>
    public static bool HasForbiddenControlCharacters(string value, bool allowLineBreaks)
    {
        foreach (var c in value)
        {
            if (allowLineBreaks && c is '\n' or '\r' or '\t')
            {
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Control)
            {
                return true;
            }

            // Bidi overrides and similar invisible formatting can disguise content; zero-width joiners are harmless.
            if (category == UnicodeCategory.Format && c is not ('\u200C' or '\u200D'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lower case, no diacritics, đ → d, runs of white space collapsed: "Phường Hoàn Kiếm" → "phuong hoan kiem".
    /// Used for search keys so that text typed with or without diacritics matches.
    /// </summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };

            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(folded);
            lastWasSpace = false;
        }

        return sb.ToString().TrimEnd();
    }

    private static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
