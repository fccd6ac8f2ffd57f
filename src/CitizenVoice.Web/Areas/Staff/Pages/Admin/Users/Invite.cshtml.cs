using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Units;
using CitizenVoice.Data.Accounts;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Users;

/// <summary>Invite a staff member: the account is created without a password and a one-time link is emailed (outbox).</summary>
public sealed class InviteModel(
    CreateStaffAccount createAccount, InvitationLinks links, ICitizenVoiceDb db, AuditLog audit, IOutboxSignal outbox, UnitNameCache unitNames, TimeProvider clock) : PageModel
{
    public const string FlashKey = "UsersFlash";

    public string? Email { get; private set; }

    public string? FullName { get; private set; }

    public string? Role { get; private set; }

    public string? Unit { get; private set; }

    public string? UnitCode { get; private set; }

    public IReadOnlyList<OrganisationUnit>? UnitSuggestions { get; private set; }

    public FieldErrors Errors { get; private set; } = new(new ValidationErrors());

    public void OnGet()
    {
    }

    /// <summary>htmx: units of the administrator's subtree matching what was typed.</summary>
    public async Task<IActionResult> OnGetUnitsAsync(string? unit, CancellationToken cancellationToken) =>
        Partial("_UnitOptions", new UnitOptionsModel(unit, null, await StaffDirectory.SearchUnitsAsync(db, HttpContext.StaffScope(), unit, cancellationToken)));

    public async Task<IActionResult> OnPostAsync(string? email, string? fullName, string? role, string? unit, string? unitCode, CancellationToken cancellationToken)
    {
        (Email, FullName, Role, Unit, UnitCode) = (email, fullName, role, unit, unitCode);
        var scope = HttpContext.StaffScope();
        var result = await createAccount.ExecuteAsync(scope, new CreateStaffAccountRequest(email, fullName, role, string.IsNullOrWhiteSpace(unitCode) ? unit : unitCode), cancellationToken);
        if (result.User is not { } user)
        {
            Errors = new FieldErrors(result.Errors);
            if (result.Errors.Has("unitCode"))
            {
                UnitSuggestions = await StaffDirectory.SearchUnitsAsync(db, scope, unit, cancellationToken);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var (link, expiresAt) = await links.CreateAsync(user);
        var invitation = StaffInvitationEmail.Create(user.Email!, user.FullName, await unitNames.NameAsync(user.UnitCode, cancellationToken), role!, scope.DisplayName, link, expiresAt, clock.GetUtcNow());
        db.OutboxEmails.Add(invitation);
        audit.Add(scope, AuditActions.AccountChange, "account", user.Id, $"Mời cán bộ {user.Email}: vai trò {StaffRoles.Label(role!)}, đơn vị {user.UnitCode}");
        await db.SaveChangesAsync(cancellationToken);
        outbox.EmailQueued(invitation.Id);
        TempData[FlashKey] = $"Đã tạo tài khoản và gửi thư mời đến {user.Email}. Liên kết kích hoạt có hiệu lực 72 giờ.";
        return Redirect($"/staff/admin/users/{user.Id}");
    }
}
