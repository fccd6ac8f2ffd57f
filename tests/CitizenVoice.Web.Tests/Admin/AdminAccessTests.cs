using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Units;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CitizenVoice.Web.Tests.Admin;

public sealed class AdminAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> AdminPages => new()
    {
        "/staff/admin/holidays", "/staff/admin/holidays/edit?date=2026-01-01", "/staff/admin/remote-areas",
        "/staff/admin/routing", "/staff/admin/models",
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task ProcessorGets403AndAnonymousIsSentToSignIn(string path)
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var processor = await app.CreateStaffClientAsync(StaffRoles.Processor, UnitCodes.DefaultIntake("01"));
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var admin = await AdminClients.AdministratorAsync(app);

        var forbidden = await processor.GetAsync(path, Ct);
        var redirected = await anonymous.GetAsync(path, Ct);
        var allowed = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/dang-nhap", redirected.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
