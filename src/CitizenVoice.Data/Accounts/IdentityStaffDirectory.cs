using CitizenVoice.Core.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Data.Accounts;

/// <summary>Reads staff by role and unit from the Identity tables; locked-out accounts are left out (they cannot act on what they are sent).</summary>
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

    public async Task<IReadOnlyList<StaffMember>> InUnitAsync(string unitCode, string? role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.UnitCode == unitCode && (u.LockoutEnd == null || u.LockoutEnd < now))
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email, u.UnitCode })
            .ToListAsync(cancellationToken);
        var roles = await RolesAsync(users.Select(u => u.Id).ToList(), cancellationToken);
        return users
            .Select(u => new StaffMember(u.Id, u.FullName, u.Email, u.UnitCode, roles.GetValueOrDefault(u.Id) ?? []))
            .Where(m => role is null || m.HasRole(role))
            .ToList();
    }

    public async Task<StaffMember?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && (u.LockoutEnd == null || u.LockoutEnd < now))
            .Select(u => new { u.Id, u.FullName, u.Email, u.UnitCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await RolesAsync([user.Id], cancellationToken);
        return new StaffMember(user.Id, user.FullName, user.Email, user.UnitCode, roles.GetValueOrDefault(user.Id) ?? []);
    }

    private async Task<Dictionary<string, List<string>>> RolesAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userIds.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).ToList(), StringComparer.Ordinal);
    }
}
