using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Staff;

public sealed class StaffAreaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnonymousVisitorIsSentToSignIn()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/staff", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dang-nhap", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task DashboardCountsOnlyTheOwnUnitsItems()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var portal = app.CreateClient();
        (await PortalForms.PostSubmissionAsync(portal, PortalForms.ValidPetition(), Ct)).EnsureSuccessStatusCode();
        var hanoi = await app.CreateStaffClientAsync(StaffRoles.Processor, UnitCodes.DefaultIntake("01"));
        var hcm = await app.CreateStaffClientAsync(StaffRoles.Processor, UnitCodes.DefaultIntake("79"));

        var hanoiPage = await hanoi.GetStringAsync("/staff", Ct);
        var hcmPage = await hcm.GetStringAsync("/staff", Ct);

        Assert.Contains("Đề nghị sửa chữa đường liên thôn", hanoiPage, StringComparison.Ordinal);
        Assert.Contains("Văn phòng Đoàn ĐBQH và HĐND thành phố Hà Nội", hanoiPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Đề nghị sửa chữa đường liên thôn", hcmPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitsAreSeededForEveryProvinceAndIntakeGoesToTheProvinceOffice()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var portal = app.CreateClient();
        await PortalForms.PostSubmissionAsync(portal, PortalForms.ValidPetition(), Ct);

        var provincialOffices = await app.WithDbAsync(db => db.OrganisationUnits.CountAsync(u => u.AgencyCode == UnitCodes.IntakeAgency, Ct));
        var owner = await app.WithDbAsync(db => db.Submissions.Select(s => s.OwnerUnitCode).SingleAsync(Ct));

        Assert.Equal(34, provincialOffices);
        Assert.Equal("01.VP-DBQH-HDND-T", owner);
    }

    [Fact]
    public async Task EveryLinkOfTheNavigationOpensForAnAdministrator()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var admin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
        var html = await admin.GetStringAsync("/staff", Ct);
        var nav = html[html.IndexOf("Điều hướng nghiệp vụ", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        var links = System.Text.RegularExpressions.Regex.Matches(nav, "href=\"(/staff[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.True(links.Count >= 8, string.Join(", ", links));
        foreach (var link in links)
        {
            var response = await admin.GetAsync(link, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AuditEntriesCannotBeChangedOrRemoved()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new Core.Audit.AuditEntry(DateTimeOffset.UtcNow, null, null, Core.Audit.AuditActions.SignIn, null, null, null, null));
            await db.SaveChangesAsync(Ct);
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Ct));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
            return true;
        });
    }
}
