using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Reception;

namespace CitizenVoice.Web.Areas.Staff.Pages.Reception;

/// <summary>Which visits a staff member may open: their own unit's, or their subtree's for an administrator.</summary>
public static class ReceptionScope
{
    public static IQueryable<ReceptionVisit> VisibleTo(this IQueryable<ReceptionVisit> visits, StaffScope scope)
    {
        var unit = scope.UnitCode;
        if (!scope.IsAdministrator)
        {
            return visits.Where(v => v.UnitCode == unit);
        }

        var prefix = scope.SubtreePrefix;
        return visits.Where(v => v.UnitCode == unit || v.UnitCode.StartsWith(prefix));
    }
}
