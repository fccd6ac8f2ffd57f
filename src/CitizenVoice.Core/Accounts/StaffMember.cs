namespace CitizenVoice.Core.Accounts;

/// <summary>A staff member as listed for assignment and reminders.</summary>
public sealed record StaffMember(string UserId, string FullName, string? Email, string UnitCode, IReadOnlyList<string> Roles)
{
    public bool HasRole(string role) => Roles.Contains(role);
}
