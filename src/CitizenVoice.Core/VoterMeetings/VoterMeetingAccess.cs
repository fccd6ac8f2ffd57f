using CitizenVoice.Core.Accounts;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// Who sees and who changes sessions, meetings and opinions. They belong to the session's reporting unit: its staff
/// see them, administrators see their subtree (<see cref="StaffScope.Governs"/>; in queries
/// <see cref="UnitOwnedVisibility.VisibleTo"/>). Deputies read but do not edit.
/// </summary>
public static class VoterMeetingAccess
{
    public static bool CanEdit(StaffScope scope) =>
        scope.HasAnyRole(StaffRoles.Administrator, StaffRoles.ReportCompiler, StaffRoles.ReceptionOfficer);

    public static bool CanSee(StaffScope scope, string ownerUnitCode) => scope.Governs(ownerUnitCode);
}
