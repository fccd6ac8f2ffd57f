using System.Security.Claims;
using CitizenVoice.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Web.Staff;

/// <summary>Adds the unit and full name to the sign-in cookie, so scoping a request needs no user lookup.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<CitizenVoiceUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CitizenVoiceUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CitizenVoiceUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.UnitCode, user.UnitCode));
        identity.AddClaim(new Claim(StaffClaims.FullName, user.FullName));
        return identity;
    }
}
