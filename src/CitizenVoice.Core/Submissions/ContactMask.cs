namespace CitizenVoice.Core.Submissions;

/// <summary>Masked forms of contact details, shown until a staff member asks to see them (and that view is audited).</summary>
public static class ContactMask
{
    public const char Dot = '•';

    /// <summary>"0912345678" → "09•• ••• 678": enough to tell two callers apart on the phone, not to call.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return null;
        }

        if (phone.Length < 6)
        {
            return new string(Dot, phone.Length);
        }

        var hidden = phone.Length - 5;
        var middle = new string(Dot, hidden);
        return phone[..2] + (hidden > 2 ? middle[..2] + " " + middle[2..] : middle) + " " + phone[^3..];
    }

    /// <summary>"nguyenvanan@example.vn" → "ng•••@example.vn".</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? new string(Dot, 3) : email[..Math.Min(2, at)] + new string(Dot, 3) + email[at..];
    }

    /// <summary>"001203004567" → "•••••••••567".</summary>
    public static string? IdNumber(string? idNumber) =>
        string.IsNullOrEmpty(idNumber) ? null : new string(Dot, Math.Max(0, idNumber.Length - 3)) + idNumber[^Math.Min(3, idNumber.Length)..];

    public static string? Address(string? address) => string.IsNullOrEmpty(address) ? null : "(đã ẩn)";
}
