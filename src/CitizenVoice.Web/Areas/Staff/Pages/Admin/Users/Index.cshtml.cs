using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Data;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Users;

/// <summary>Staff accounts of the administrator's unit and subtree, with their state.</summary>
public sealed class IndexModel(CitizenVoiceDbContext db, ICitizenVoiceDb core, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public string? Query { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = HttpContext.StaffScope();
        Query = q?.Trim();
        PageNumber = Math.Max(1, page);
        var users = db.Users.AsNoTracking().GovernedBy(scope);
        if (!string.IsNullOrEmpty(Query))
        {
            var text = VietnameseText.ToNfc(Query) ?? "";
            var upper = text.ToUpperInvariant();
            users = users.Where(u => u.FullName.Contains(text) || u.NormalizedEmail!.Contains(upper) || u.UnitCode.StartsWith(text));
        }

        Total = await users.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var page1 = await users.OrderBy(u => u.UnitCode).ThenBy(u => u.FullName)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.FullName, u.Email, u.UnitCode, u.TwoFactorEnabled, HasPassword = u.PasswordHash != null, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var ids = page1.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var unitCodes = page1.Select(u => u.UnitCode).Distinct().ToList();
        var units = await core.OrganisationUnits.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        Rows = page1.Select(u => new Row(u.Id, u.FullName, u.Email ?? "", units.GetValueOrDefault(u.UnitCode, u.UnitCode),
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            u.LockoutEnd > now ? "Đang khóa" : u.HasPassword ? "Hoạt động" : "Chờ kích hoạt", u.TwoFactorEnabled)).ToList();
    }

    public sealed record Row(string Id, string FullName, string Email, string UnitName, IReadOnlyList<string> Roles, string State, bool TwoFactor);
}
