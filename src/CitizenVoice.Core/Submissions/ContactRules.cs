using System.Net.Mail;

namespace CitizenVoice.Core.Submissions;

/// <summary>Formats of Vietnamese phone numbers, email addresses and identity numbers.</summary>
public static class ContactRules
{
    /// <summary>
    /// "+84 912 345 678", "0912.345.678", "84912345678" → "0912345678". Mobile numbers have 10 digits and landlines
    /// 11 (02x area codes); null when the input is not such a number.
    /// </summary>
    public static string? NormalizePhone(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = new string(input.Where(char.IsAsciiDigit).ToArray());
        if (input.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '+' or '(' or ')')))
        {
            return null;
        }

        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12)
        {
            digits = "0" + digits[2..];
        }

        var valid = digits.StartsWith('0') &&
            (digits.Length == 10 && digits[1] is '3' or '5' or '7' or '8' or '9'
             || digits.Length == 11 && digits[1] == '2');
        return valid ? digits : null;
    }

    public static string? NormalizeEmail(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var trimmed = input.Trim();
        if (trimmed.Length > Submitter.EmailMaxLength || trimmed.Any(char.IsWhiteSpace) || trimmed.Count(c => c == '@') != 1)
        {
            return null;
        }

        if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
        {
            return null;
        }

        var domain = address.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.EndsWith('.') ? trimmed.ToLowerInvariant() : null;
    }

    /// <summary>CCCD has 12 digits, the old CMND 9.</summary>
    public static string? NormalizeIdNumber(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var trimmed = input.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        return trimmed.All(char.IsAsciiDigit) && trimmed.Length is 9 or 12 ? trimmed : null;
    }
}
