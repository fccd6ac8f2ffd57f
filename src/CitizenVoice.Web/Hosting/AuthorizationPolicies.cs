using CitizenVoice.Core.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace CitizenVoice.Web.Hosting;

public static class AuthorizationPolicies
{
    public const string Staff = "staff";
    public const string Administrator = "administrator";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.All));
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Administrator));
    }
}
