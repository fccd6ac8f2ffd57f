namespace CitizenVoice.Core.Submissions;

/// <summary>The person who filed a submission. Personal data: views of it are audited, and for a denunciation it is secret.</summary>
public sealed class Submitter
{
    public const int FullNameMaxLength = 120;
    public const int PhoneMaxLength = 15;
    public const int EmailMaxLength = 254;
    public const int IdNumberMaxLength = 12;

    public string? FullName { get; init; }

    /// <summary>Normalised to the national format: digits only, leading 0 (e.g. 0912345678).</summary>
    public string? Phone { get; init; }

    /// <summary>Lower-cased.</summary>
    public string? Email { get; init; }

    /// <summary>Citizen identity card number (CCCD, 12 digits) or an old ID card (CMND, 9 digits).</summary>
    public string? IdNumber { get; init; }

    /// <summary>True when the given contact (phone or email, in any common format) is this submitter's.</summary>
    public bool HasContact(string? contact)
    {
        if (string.IsNullOrWhiteSpace(contact))
        {
            return false;
        }

        var trimmed = contact.Trim();
        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            return Email is not null && string.Equals(Email, trimmed.ToLowerInvariant(), StringComparison.Ordinal);
        }

        var phone = ContactRules.NormalizePhone(trimmed);
        return Phone is not null && phone is not null && string.Equals(Phone, phone, StringComparison.Ordinal);
    }
}
