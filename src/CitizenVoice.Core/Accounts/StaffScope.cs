using CitizenVoice.Core.Units;

namespace CitizenVoice.Core.Accounts;

/// <summary>
/// Who is acting and what they may see: a staff member's unit and roles. Staff see their own unit's items and what is
/// assigned to it; an administrator sees the whole subtree of the unit (a province administrator sees its communes);
/// an agency responder sees only what is assigned to the agency.
/// </summary>
public sealed record StaffScope(string UserId, string DisplayName, string UnitCode, IReadOnlySet<string> Roles, string? IpAddress = null)
{
    public bool IsAdministrator => Roles.Contains(StaffRoles.Administrator);

    public bool HasRole(string role) => Roles.Contains(role);

    public bool HasAnyRole(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>Agency responders who hold no intake role see only items assigned to their agency.</summary>
    public bool SeesOnlyAssigned =>
        Roles.Contains(StaffRoles.AgencyResponder) && !HasAnyRole(StaffRoles.Administrator, StaffRoles.ReceptionOfficer,
            StaffRoles.Processor, StaffRoles.ReportCompiler, StaffRoles.Deputy);

    /// <summary>The subtree prefix an administrator sees ("01." for Hà Nội).</summary>
    public string SubtreePrefix => UnitCode + UnitCodes.Separator;

    public bool CanSee(string ownerUnitCode, string? assignedUnitCode)
    {
        if (IsAdministrator)
        {
            return UnitCodes.IsWithin(ownerUnitCode, UnitCode) || UnitCodes.IsWithin(assignedUnitCode, UnitCode);
        }

        return assignedUnitCode == UnitCode || (!SeesOnlyAssigned && ownerUnitCode == UnitCode);
    }

    /// <summary>Whether this person works within <paramref name="unitCode"/> (own unit, or its subtree for administrators).</summary>
    public bool Governs(string unitCode) => unitCode == UnitCode || (IsAdministrator && UnitCodes.IsWithin(unitCode, UnitCode));
}
