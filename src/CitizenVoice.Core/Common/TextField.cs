namespace CitizenVoice.Core.Common;

/// <summary>Cleans one text field of a request: NFC, trimmed, no control characters, within a length limit.</summary>
public static class TextField
{
    public static string? Clean(
        string? raw, string field, string label, int maxLength, ValidationErrors errors,
        bool required = false, bool multiline = false, int minLength = 0)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (required)
            {
                errors.Add(field, $"Vui lòng nhập {label}.");
            }

            return null;
        }

        var text = VietnameseText.ToNfc(raw);
        if (text is null)
        {
            errors.Add(field, $"{Capitalise(label)} chứa ký tự Unicode không hợp lệ.");
            return null;
        }

        if (VietnameseText.HasForbiddenControlCharacters(text, multiline))
        {
            errors.Add(field, $"{Capitalise(label)} chứa ký tự điều khiển không được phép.");
            return null;
        }

        if (multiline)
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (text.Length > maxLength)
        {
            errors.Add(field, $"{Capitalise(label)} dài quá {maxLength} ký tự (hiện có {text.Length}).");
            return null;
        }

        if (text.Length < minLength)
        {
            errors.Add(field, $"{Capitalise(label)} quá ngắn: cần ít nhất {minLength} ký tự.");
            return null;
        }

        return text;
    }

    private static string Capitalise(string label) =>
        label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
