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

    /// <summary>
    /// <see cref="VisibleTo"/> as disjoint parts whose union is the same set: counting each part can use a (unit, status)
    /// index, where the single OR makes the database read every row of the unit (bench/inbox.sh).
    /// </summary>
    public static IReadOnlyList<IQueryable<Submission>> VisibleToInParts(this IQueryable<Submission> submissions, StaffScope scope)
    {
        var unit = scope.UnitCode;
        if (scope.IsAdministrator)
        {
            var prefix = scope.SubtreePrefix;
            return
            [
                submissions.Where(s => s.OwnerUnitCode == unit || s.OwnerUnitCode.StartsWith(prefix)),
                submissions.Where(s => (s.AssignedUnitCode == unit || s.AssignedUnitCode!.StartsWith(prefix))
                    && !(s.OwnerUnitCode == unit || s.OwnerUnitCode.StartsWith(prefix))),
            ];
        }

        return scope.SeesOnlyAssigned
            ? [submissions.Where(s => s.AssignedUnitCode == unit)]
            : [submissions.Where(s => s.OwnerUnitCode == unit), submissions.Where(s => s.AssignedUnitCode == unit && s.OwnerUnitCode != unit)];
    }
}
