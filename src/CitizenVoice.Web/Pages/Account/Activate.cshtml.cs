using CitizenVoice.Data;
using CitizenVoice.Data.Accounts;
using CitizenVoice.Web.Account;
using CitizenVoice.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CitizenVoice.Web.Pages.Account;

/// <summary>An invited staff member sets a password through the one-time link from the invitation email.</summary>
[EnableRateLimiting(RateLimitingOptions.SubmitPolicy)]
public sealed class ActivateModel(InvitationLinks links, UserManager<CitizenVoiceUser> users, AccountAudit audit) : PageModel
{
    public string? Token { get; private set; }

    public string? LinkError { get; private set; }

    public string? Email { get; private set; }

    public List<string> PasswordErrors { get; } = [];

    public string? ConfirmError { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync(string? token)
    {
        Token = token;
        var (user, error) = await links.ValidateAsync(token);
        LinkError = error;
        Email = user?.Email;
        Response.Headers.CacheControl = "no-store";
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }
    }

    public async Task OnPostAsync(string? token, string? password, string? confirm, CancellationToken cancellationToken)
    {
        Token = token;
        Response.Headers.CacheControl = "no-store";
        var (user, error) = await links.ValidateAsync(token);
        if (user is null)
        {
            LinkError = error;
            Response.StatusCode = StatusCodes.Status410Gone;
            return;
        }

        Email = user.Email;
        if (string.IsNullOrEmpty(password))
        {
            PasswordErrors.Add("Vui lòng nhập mật khẩu mới.");
        }
        else if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            ConfirmError = "Hai lần nhập mật khẩu không giống nhau.";
        }
        else
        {
            var result = await users.HasPasswordAsync(user) ? IdentityResult.Failed(users.ErrorDescriber.UserAlreadyHasPassword()) : await users.AddPasswordAsync(user, password);
            if (result.Succeeded)
            {
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
                await audit.ChangedAsync(user, "Kích hoạt tài khoản qua liên kết mời, đặt mật khẩu", cancellationToken);
                Done = true;
                return;
            }

            PasswordErrors.AddRange(result.Errors.Select(e => e.Description));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
    }
}
