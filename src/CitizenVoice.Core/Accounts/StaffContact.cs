namespace CitizenVoice.Core.Accounts;

/// <summary>A staff member's name and email, for notices.</summary>
public sealed record StaffContact(string UserId, string DisplayName, string Email);
