using CitizenVoice.Core.Accounts;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// Who sees and who changes sessions, meetings and opinions. They belong to the session's reporting unit: its staff
/// see them, administrators see their subtree (<see cref="StaffScope.Governs"/>). Deputies read but do not edit.
/// </summary>
public static class VoterMeetingAccess
{
    public static bool CanEdit(StaffScope scope) =>
        scope.HasAnyRole(StaffRoles.Administrator, StaffRoles.ReportCompiler, StaffRoles.ReceptionOfficer);

    public static bool CanSee(StaffScope scope, string ownerUnitCode) => scope.Governs(ownerUnitCode);

    public static IQueryable<Session> VisibleTo(this IQueryable<Session> sessions, StaffScope scope)
    {
        var unit = scope.UnitCode;
        var prefix = scope.SubtreePrefix;
        return scope.IsAdministrator
            ? sessions.Where(s => s.OwnerUnitCode == unit || s.OwnerUnitCode.StartsWith(prefix))
            : sessions.Where(s => s.OwnerUnitCode == unit);
    }

    public static IQueryable<VoterMeeting> VisibleTo(this IQueryable<VoterMeeting> meetings, StaffScope scope)
    {
        var unit = scope.UnitCode;
        var prefix = scope.SubtreePrefix;
        return scope.IsAdministrator
            ? meetings.Where(m => m.OwnerUnitCode == unit || m.OwnerUnitCode.StartsWith(prefix))
            : meetings.Where(m => m.OwnerUnitCode == unit);
    }

    public static IQueryable<VoterOpinion> VisibleTo(this IQueryable<VoterOpinion> opinions, StaffScope scope)
    {
        var unit = scope.UnitCode;
        var prefix = scope.SubtreePrefix;
        return scope.IsAdministrator
            ? opinions.Where(o => o.OwnerUnitCode == unit || o.OwnerUnitCode.StartsWith(prefix))
            : opinions.Where(o => o.OwnerUnitCode == unit);
    }
}
