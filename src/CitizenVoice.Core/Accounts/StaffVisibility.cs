using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Accounts;

/// <summary>The query form of <see cref="StaffScope.CanSee"/>: every staff list and count goes through it.</summary>
public static class StaffVisibility
{
    public static IQueryable<Submission> VisibleTo(this IQueryable<Submission> submissions, StaffScope scope)
    {
        var unit = scope.UnitCode;
        if (scope.IsAdministrator)
        {
            var prefix = scope.SubtreePrefix;
            return submissions.Where(s => s.OwnerUnitCode == unit || s.OwnerUnitCode.StartsWith(prefix)
                || s.AssignedUnitCode == unit || s.AssignedUnitCode!.StartsWith(prefix));
        }

        return scope.SeesOnlyAssigned
            ? submissions.Where(s => s.AssignedUnitCode == unit)
            : submissions.Where(s => s.OwnerUnitCode == unit || s.AssignedUnitCode == unit);
    }
}
