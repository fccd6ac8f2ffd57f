using CitizenVoice.Core.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Data.Accounts;

/// <summary>Reads staff by role and unit from the Identity tables.</summary>
public sealed class IdentityStaffDirectory(CitizenVoiceDbContext db, TimeProvider clock) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffContact>> WithRoleInUnitAsync(string role, string unitCode, CancellationToken cancellationToken)
    {
        var normalizedRole = role.ToUpperInvariant();
        var now = clock.GetUtcNow();
        var users = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join r in db.Roles on userRole.RoleId equals r.Id
                where r.NormalizedName == normalizedRole && user.UnitCode == unitCode && user.Email != null && user.EmailConfirmed
                select new { user.Id, user.FullName, user.Email, user.LockoutEnd })
            .ToListAsync(cancellationToken);

        // Locked-out accounts (disabled staff) get no notices; the comparison runs here because SQLite cannot order offsets.
        return users.Where(u => u.LockoutEnd is null || u.LockoutEnd < now)
            .Select(u => new StaffContact(u.Id, u.FullName, u.Email!))
            .ToList();
    }
}
