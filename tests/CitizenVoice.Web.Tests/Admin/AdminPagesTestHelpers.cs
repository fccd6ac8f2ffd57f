using CitizenVoice.Core.Accounts;
using CitizenVoice.Web.Tests.Infrastructure;

namespace CitizenVoice.Web.Tests.Admin;

/// <summary>Clients for the administration pages: an administrator at the Hà Nội province unit.</summary>
public static class AdminClients
{
    public static Task<HttpClient> AdministratorAsync(CitizenVoiceApp app) => app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
}
