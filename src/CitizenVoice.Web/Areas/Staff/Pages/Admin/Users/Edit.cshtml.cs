using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Units;
using CitizenVoice.Data;
using CitizenVoice.Data.Accounts;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Users;

/// <summary>
/// One staff account: change role and unit, lock and unlock, reset the second factor, re-send the invitation, see
/// the sign-in history. Accounts outside the administrator's subtree answer 404. Every change is audited and renews
/// the security stamp, so open sessions pick it up within a minute.
/// </summary>
public sealed class EditModel(
    UserManager<CitizenVoiceUser> users, RoleManager<IdentityRole> roles, ICitizenVoiceDb db, AuditLog audit, InvitationLinks links, IOutboxSignal outbox, UnitNameCache unitNames, TimeProvider clock) : PageModel
{
    public const int HistoryLength = 50;

    public CitizenVoiceUser Account { get; private set; } = null!;

    public string Role { get; private set; } = "";

    public string UnitName { get; private set; } = "";

    public bool IsLocked { get; private set; }

    public bool HasPassword { get; private set; }

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? UnitError { get; private set; }

    public string? UnitInput { get; private set; }

    public IReadOnlyList<OrganisationUnit>? UnitSuggestions { get; private set; }

    [TempData(Key = InviteModel.FlashKey)]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetUnitsAsync(string id, string? unit, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken)
            ? Partial("_UnitOptions", new UnitOptionsModel(unit, null, await StaffDirectory.SearchUnitsAsync(db, HttpContext.StaffScope(), unit, cancellationToken)))
            : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(string id, string? role, string? unit, string? unitCode, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var scope = HttpContext.StaffScope();
        var code = (string.IsNullOrWhiteSpace(unitCode) ? unit : unitCode)?.Trim();
        var newRole = StaffRoles.All.Contains(role ?? "") ? role! : null;
        OrganisationUnit? newUnit = null;
        if (string.IsNullOrEmpty(code))
        {
            newUnit = await db.OrganisationUnits.AsNoTracking().FirstAsync(u => u.Code == Account.UnitCode, cancellationToken);
        }
        else if (!scope.Governs(code) || (newUnit = await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken)) is null)
        {
            UnitError = "Vui lòng chọn một đơn vị trong phạm vi quản lý trong danh sách gợi ý.";
        }

        if (newRole is null || UnitError is not null)
        {
            UnitInput = unit;
            UnitSuggestions = await StaffDirectory.SearchUnitsAsync(db, scope, unit, cancellationToken);
            UnitError ??= "Vui lòng chọn vai trò.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var before = $"{StaffRoles.Label(Role)}, {Account.UnitCode}";
        Account.UnitCode = newUnit!.Code;
        Check(await users.UpdateAsync(Account));
        var current = await users.GetRolesAsync(Account);
        Check(await users.RemoveFromRolesAsync(Account, current));
        if (!await roles.RoleExistsAsync(newRole))
        {
            Check(await roles.CreateAsync(new IdentityRole(newRole)));
        }

        Check(await users.AddToRoleAsync(Account, newRole));
        Check(await users.UpdateSecurityStampAsync(Account));
        return await DoneAsync(id, $"Đổi vai trò, đơn vị: {before} → {StaffRoles.Label(newRole)}, {newUnit.Code}", "Đã lưu vai trò và đơn vị.", cancellationToken);
    }

    public async Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Account.Id == HttpContext.StaffScope().UserId)
        {
            Flash = "Không thể tự khóa tài khoản của mình.";
            return Redirect($"/staff/admin/users/{id}");
        }

        Check(await users.SetLockoutEnabledAsync(Account, true));
        Check(await users.SetLockoutEndDateAsync(Account, DateTimeOffset.MaxValue));
        Check(await users.UpdateSecurityStampAsync(Account));
        return await DoneAsync(id, "Khóa tài khoản", "Đã khóa tài khoản; các phiên đang mở bị đăng xuất.", cancellationToken);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Check(await users.SetLockoutEndDateAsync(Account, null));
        Check(await users.ResetAccessFailedCountAsync(Account));
        return await DoneAsync(id, "Mở khóa tài khoản", "Đã mở khóa tài khoản.", cancellationToken);
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Check(await users.SetTwoFactorEnabledAsync(Account, false));
        Check(await users.ResetAuthenticatorKeyAsync(Account));
        await users.GenerateNewTwoFactorRecoveryCodesAsync(Account, 0);
        return await DoneAsync(id, "Đặt lại xác thực hai lớp (khóa cũ và mã khôi phục hết hiệu lực)",
            "Đã đặt lại xác thực hai lớp: cán bộ sẽ thiết lập lại ở lần đăng nhập sau.", cancellationToken);
    }

    public async Task<IActionResult> OnPostResendAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (HasPassword)
        {
            Flash = "Tài khoản đã được kích hoạt; không cần gửi lại thư mời.";
            return Redirect($"/staff/admin/users/{id}");
        }

        // A new stamp retires the previous link: only the latest invitation works.
        Check(await users.UpdateSecurityStampAsync(Account));
        var (link, expiresAt) = await links.CreateAsync(Account);
        var email = StaffInvitationEmail.Create(Account.Email!, Account.FullName, UnitName, Role, HttpContext.StaffScope().DisplayName, link, expiresAt, clock.GetUtcNow());
        db.OutboxEmails.Add(email);
        var result = await DoneAsync(id, "Gửi lại thư mời kích hoạt", $"Đã gửi lại thư mời đến {Account.Email}.", cancellationToken);
        outbox.EmailQueued(email.Id);
        return result;
    }

    private async Task<IActionResult> DoneAsync(string id, string details, string flash, CancellationToken cancellationToken)
    {
        audit.Add(HttpContext.StaffScope(), AuditActions.AccountChange, "account", id, $"{Account.Email}: {details}");
        await db.SaveChangesAsync(cancellationToken);
        Flash = flash;
        return Redirect($"/staff/admin/users/{id}");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        var account = await users.FindByIdAsync(id);
        if (account is null || !scope.Governs(account.UnitCode))
        {
            return false;
        }

        Account = account;
        Role = (await users.GetRolesAsync(account)).FirstOrDefault() ?? "";
        UnitName = await unitNames.NameAsync(account.UnitCode, cancellationToken);
        IsLocked = account.LockoutEnd > clock.GetUtcNow();
        HasPassword = account.PasswordHash is not null;
        History = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorUserId == id && (a.Action == AuditActions.SignIn || a.Action == AuditActions.SignInFailed))
            .OrderByDescending(a => a.At).Take(HistoryLength).ToListAsync(cancellationToken);
        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Account change failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
