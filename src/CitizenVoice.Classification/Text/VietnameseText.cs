using System.Globalization;
using System.Text;

namespace CitizenVoice.Classification.Text;

/// <summary>
/// Normalises Vietnamese text for features and rule matching. Petitions arrive in NFC or NFD, with or without
/// diacritics (phones, old keyboards) and with chat abbreviations, so the model sees two views of each text: the
/// NFC lower-case form and a diacritics-folded form with common abbreviations expanded.
/// </summary>
public static class VietnameseText
{
    // Chat abbreviations seen in hotline and phone messages, mapped to their folded full forms.
    internal static readonly Dictionary<string, string> AbbreviationTable = new(StringComparer.Ordinal)
    {
        ["ko"] = "khong", ["k"] = "khong", ["hok"] = "khong", ["hong"] = "khong", ["kg"] = "khong",
        ["dc"] = "duoc", ["dk"] = "duoc", ["ng"] = "nguoi", ["vs"] = "voi", ["j"] = "gi", ["r"] = "roi",
        ["wa"] = "qua", ["trc"] = "truoc", ["dg"] = "duong", ["bit"] = "biet", ["ubnd"] = "uy ban nhan dan",
        ["tp"] = "thanh pho", ["bhxh"] = "bao hiem xa hoi", ["bhyt"] = "bao hiem y te", ["thpt"] = "trung hoc pho thong",
    };

    internal static readonly int MaxAbbreviationLength = AbbreviationTable.Keys.Max(k => k.Length);

    /// <summary>NFC, lower case, letters and digits only, single spaces.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var s = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Strips diacritics: đ becomes d and combining marks are removed. Input should be normalised.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    sb.Append('d');
                    break;
                case 'Đ':
                    sb.Append('D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Normalised, folded, with chat abbreviations expanded: the form that rules match against.</summary>
    public static string FoldForMatching(string? text)
    {
        var folded = Fold(Normalize(text));
        if (folded.Length == 0)
        {
            return folded;
        }

        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (AbbreviationTable.TryGetValue(words[i], out var full))
            {
                words[i] = full;
            }
        }

        return string.Join(' ', words);
    }
}
