namespace CitizenVoice.Core.Accounts;

/// <summary>Staff accounts as Core needs them (assignment, reminders); implemented over Identity in Data.</summary>
public interface IStaffDirectory
{
    /// <summary>Active staff of exactly this unit, optionally only those holding <paramref name="role"/>.</summary>
    Task<IReadOnlyList<StaffMember>> InUnitAsync(string unitCode, string? role, CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string userId, CancellationToken cancellationToken);
}
