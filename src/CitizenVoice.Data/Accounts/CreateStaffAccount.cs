using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using Microsoft.AspNetCore.Identity;

namespace CitizenVoice.Data.Accounts;

public sealed record CreateStaffAccountRequest(string? Email, string? FullName, string? Role, string? UnitCode);

public sealed record CreateStaffAccountResult(CitizenVoiceUser? User, ValidationErrors Errors);

/// <summary>
/// Creates a staff account without a password, for an invitation or the first administrator: the person sets the
/// password through a one-time link and enrols a second factor at first sign-in. Refuses a malformed or taken email,
/// an unknown role and a unit outside <paramref name="actor"/>'s subtree.
/// </summary>
public sealed class CreateStaffAccount(UserManager<CitizenVoiceUser> users, RoleManager<IdentityRole> roles, UnitDirectory units, CitizenVoiceDbContext db, TimeProvider clock)
{
    /// <param name="actor">The inviting administrator; null for the installation's first administrator (CLI).</param>
    public async Task<CreateStaffAccountResult> ExecuteAsync(StaffScope? actor, CreateStaffAccountRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var email = ContactRules.NormalizeEmail(request.Email);
        if (email is null)
        {
            errors.Add("email", string.IsNullOrWhiteSpace(request.Email) ? "Vui lòng nhập email công vụ của cán bộ." : "Email không hợp lệ (ví dụ: nguyenvana@hanoi.gov.vn).");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add("email", $"Email {email} đã có tài khoản.");
        }

        var fullName = TextField.Clean(request.FullName, "fullName", "họ và tên", CitizenVoiceUser.FullNameMaxLength, errors, required: true);
        var role = request.Role?.Trim();
        if (role is null || !StaffRoles.All.Contains(role))
        {
            errors.Add("role", "Vui lòng chọn vai trò.");
        }

        var unitCode = request.UnitCode?.Trim();
        OrganisationUnit? unit = null;
        if (string.IsNullOrEmpty(unitCode))
        {
            errors.Add("unitCode", "Vui lòng chọn đơn vị.");
        }
        else if (actor is not null && !actor.Governs(unitCode))
        {
            errors.Add("unitCode", "Chỉ được tạo tài khoản trong đơn vị mình quản lý.");
        }
        else if ((unit = await units.EnsureAsync(unitCode, cancellationToken)) is null)
        {
            errors.Add("unitCode", $"Không có đơn vị mã \"{unitCode}\".");
        }

        if (!errors.IsEmpty)
        {
            return new(null, errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!await roles.RoleExistsAsync(role!))
        {
            await roles.CreateAsync(new IdentityRole(role!));
        }

        var user = new CitizenVoiceUser
        {
            UserName = email, Email = email, FullName = fullName!, UnitCode = unit!.Code, CreatedAt = clock.GetUtcNow(), LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, role!);
        }

        if (!created.Succeeded)
        {
            created.Errors.ToList().ForEach(e => errors.Add(e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : "fullName", e.Description));
            return new(null, errors);
        }

        return new(user, errors);
    }
}
