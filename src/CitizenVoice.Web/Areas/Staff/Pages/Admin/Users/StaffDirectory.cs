using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Units;
using CitizenVoice.Data;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Users;

/// <summary>The accounts and units an administrator governs: their unit and its subtree, nothing else.</summary>
public static class StaffDirectory
{
    public const int UnitSuggestions = 15;

    public static IQueryable<CitizenVoiceUser> GovernedBy(this IQueryable<CitizenVoiceUser> users, StaffScope scope)
    {
        var unit = scope.UnitCode;
        var prefix = scope.SubtreePrefix;
        return users.Where(u => u.UnitCode == unit || u.UnitCode.StartsWith(prefix));
    }

    /// <summary>Units of the subtree whose name contains the text (with or without diacritics), or whose code starts with it.</summary>
    public static async Task<IReadOnlyList<OrganisationUnit>> SearchUnitsAsync(ICitizenVoiceDb db, StaffScope scope, string? text, CancellationToken cancellationToken)
    {
        var key = VietnameseText.Fold(text);
        if (key.Length < 2)
        {
            return [];
        }

        var unit = scope.UnitCode;
        var prefix = scope.SubtreePrefix;
        var code = text!.Trim();
        return await db.OrganisationUnits.AsNoTracking()
            .Where(u => u.Code == unit || u.Code.StartsWith(prefix))
            .Where(u => u.SearchKey.Contains(key) || u.Code.StartsWith(code))
            .OrderBy(u => u.Code.Length).ThenBy(u => u.Name)
            .Take(UnitSuggestions)
            .ToListAsync(cancellationToken);
    }
}
