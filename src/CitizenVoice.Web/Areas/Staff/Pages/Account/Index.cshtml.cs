using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Data;
using CitizenVoice.Web.Account;
using CitizenVoice.Web.Pages.Account;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Account;

/// <summary>A staff member's own account: profile, two-factor status and recovery codes, password, recent sign-ins.</summary>
public sealed class IndexModel(UserManager<CitizenVoiceUser> users, SignInManager<CitizenVoiceUser> signIn, ICitizenVoiceDb db, AccountAudit audit, UnitNameCache unitNames) : PageModel
{
    public const int HistoryLength = 20;

    public CitizenVoiceUser Me { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    public string UnitName { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    public IReadOnlyList<AuditEntry> SignIns { get; private set; } = [];

    public List<string> PasswordErrors { get; } = [];

    public string? CurrentError { get; private set; }

    public string? ConfirmError { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Challenge();

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(Me, EnrolModel.RecoveryCodeCount) ?? [];
        await audit.ChangedAsync(Me, "Tạo lại 10 mã khôi phục (các mã cũ hết hiệu lực)", cancellationToken);
        TempData[EnrolModel.RecoveryCodesKey] = string.Join(' ', codes);
        return Redirect("/staff/account/recovery-codes");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? password, string? confirm, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(current))
        {
            CurrentError = "Vui lòng nhập mật khẩu hiện tại.";
        }

        if (string.IsNullOrEmpty(password))
        {
            PasswordErrors.Add("Vui lòng nhập mật khẩu mới.");
        }
        else if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            ConfirmError = "Hai lần nhập mật khẩu mới không giống nhau.";
        }

        if (CurrentError is null && PasswordErrors.Count == 0 && ConfirmError is null)
        {
            var result = await users.ChangePasswordAsync(Me, current!, password!);
            if (result.Succeeded)
            {
                await audit.ChangedAsync(Me, "Đổi mật khẩu", cancellationToken);
                await signIn.RefreshSignInAsync(Me);
                Flash = "Đã đổi mật khẩu. Các phiên đăng nhập khác sẽ phải đăng nhập lại.";
                return Redirect("/staff/account");
            }

            foreach (var error in result.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                {
                    CurrentError = error.Description;
                }
                else
                {
                    PasswordErrors.Add(error.Description);
                }
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var me = await users.GetUserAsync(User);
        if (me is null)
        {
            return false;
        }

        Me = me;
        Roles = await users.GetRolesAsync(me);
        UnitName = await unitNames.NameAsync(me.UnitCode, cancellationToken);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(me);
        SignIns = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorUserId == me.Id && (a.Action == AuditActions.SignIn || a.Action == AuditActions.SignInFailed))
            .OrderByDescending(a => a.At)
            .Take(HistoryLength)
            .ToListAsync(cancellationToken);
        return true;
    }
}
