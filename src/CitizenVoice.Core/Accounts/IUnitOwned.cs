namespace CitizenVoice.Core.Accounts;

/// <summary>A record that belongs to one unit: that unit's staff see it, administrators see their subtree's.</summary>
public interface IUnitOwned
{
    string OwnerUnitCode { get; }
}

/// <summary>The query form of <see cref="StaffScope.Governs"/> for every <see cref="IUnitOwned"/> record.</summary>
public static class UnitOwnedVisibility
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, StaffScope scope)
        where T : IUnitOwned
    {
        ArgumentNullException.ThrowIfNull(scope);
        var unit = scope.UnitCode;
        if (!scope.IsAdministrator)
        {
            return records.Where(r => r.OwnerUnitCode == unit);
        }

        var prefix = scope.SubtreePrefix;
        return records.Where(r => r.OwnerUnitCode == unit || r.OwnerUnitCode.StartsWith(prefix));
    }
}
