using System.Security.Claims;
using System.Text.Encodings.Web;
using CitizenVoice.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>
/// Signs a request in as the staff user named in the <see cref="Header"/> header, with the claims the real sign-in
/// would give (roles, unit), so authorisation tests need no password or second factor. Requests without the header
/// go through the real Identity cookie.
/// </summary>
public sealed class TestStaffAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestStaff";
    public const string SelectorScheme = "TestStaffOrCookie";
    public const string Header = "X-Test-Staff";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var userId = Request.Headers[Header].ToString();
        var users = Context.RequestServices.GetRequiredService<UserManager<CitizenVoiceUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AuthenticateResult.Fail("unknown test staff user");
        }

        var factory = Context.RequestServices.GetRequiredService<IUserClaimsPrincipalFactory<CitizenVoiceUser>>();
        var principal = await factory.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(principal.Identities), SchemeName));
    }

    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestStaffAuthentication>(SchemeName, _ => { })
            .AddPolicyScheme(SelectorScheme, SelectorScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(Header) ? SchemeName : IdentityConstants.ApplicationScheme);
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = SelectorScheme;
            o.DefaultAuthenticateScheme = SelectorScheme;
            o.DefaultChallengeScheme = SelectorScheme;
            o.DefaultForbidScheme = SelectorScheme;
        });
    }
}
