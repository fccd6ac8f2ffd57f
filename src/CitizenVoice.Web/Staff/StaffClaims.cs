using System.Security.Claims;
using CitizenVoice.Core.Accounts;
using Microsoft.AspNetCore.Http;

namespace CitizenVoice.Web.Staff;

/// <summary>The claims a staff cookie carries beyond Identity's own, and the <see cref="StaffScope"/> read from them.</summary>
public static class StaffClaims
{
    public const string UnitCode = "cv:unit";
    public const string FullName = "cv:name";

    /// <summary>The signed-in staff member's scope; throws for anonymous callers (pages and endpoints are authorised first).</summary>
    public static StaffScope StaffScope(this HttpContext context)
    {
        var user = context.User;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("StaffScope needs an authenticated staff member.");
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new StaffScope(id, user.FindFirstValue(FullName) ?? user.Identity?.Name ?? id, user.FindFirstValue(UnitCode) ?? "",
            roles, context.Connection.RemoteIpAddress?.ToString());
    }
}
