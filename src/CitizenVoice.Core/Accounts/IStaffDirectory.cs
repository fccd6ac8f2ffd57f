namespace CitizenVoice.Core.Accounts;

/// <summary>Staff accounts as Core needs them (for notices): who holds a role in a unit. Implemented over Identity in Data.</summary>
public interface IStaffDirectory
{
    /// <summary>Active accounts with a confirmed email that hold <paramref name="role"/> in exactly <paramref name="unitCode"/>.</summary>
    Task<IReadOnlyList<StaffContact>> WithRoleInUnitAsync(string role, string unitCode, CancellationToken cancellationToken);
}
