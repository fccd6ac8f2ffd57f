namespace CitizenVoice.Core.Accounts;

/// <summary>Staff accounts as Core needs them (notices, assignment, reminders). Implemented over Identity in Data.</summary>
public interface IStaffDirectory
{
    /// <summary>Active accounts with a confirmed email that hold <paramref name="role"/> in exactly <paramref name="unitCode"/>.</summary>
    Task<IReadOnlyList<StaffContact>> WithRoleInUnitAsync(string role, string unitCode, CancellationToken cancellationToken);

    /// <summary>Active staff of exactly this unit, optionally only those holding <paramref name="role"/>.</summary>
    Task<IReadOnlyList<StaffMember>> InUnitAsync(string unitCode, string? role, CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string userId, CancellationToken cancellationToken);
}
