using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Admin;

public sealed class AuditSearchPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AProvinceAdministratorSeesOnlyActionsOfTheProvincesStaffAndNoSystemEntries()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var hanoiAdmin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
        var hanoiOfficer = await app.CreateStaffAsync(StaffRoles.ReceptionOfficer, "01.VP-DBQH-HDND-T");
        var hcmOfficer = await app.CreateStaffAsync(StaffRoles.ReceptionOfficer, "79.VP-DBQH-HDND-T");
        await RecordAsync(app, hanoiOfficer, "01.VP-DBQH-HDND-T", AuditActions.Export, "Xuất sổ tiếp công dân Hà Nội");
        await RecordAsync(app, hcmOfficer, "79.VP-DBQH-HDND-T", AuditActions.Export, "Xuất sổ tiếp công dân TP. Hồ Chí Minh");
        await RecordAsync(app, null, null, AuditActions.SignInFailed, "Email không có tài khoản: ai@example.vn");

        var page = await hanoiAdmin.GetStringAsync("/staff/admin/audit", Ct);
        var filtered = await hanoiAdmin.GetStringAsync("/staff/admin/audit?action=" + AuditActions.SignIn, Ct);
        var byText = await hanoiAdmin.GetStringAsync("/staff/admin/audit?q=" + Uri.EscapeDataString("Hà Nội"), Ct);

        Assert.Contains("Xuất sổ tiếp công dân Hà Nội", page, StringComparison.Ordinal);
        Assert.DoesNotContain("TP. Hồ Chí Minh", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ai@example.vn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Xuất sổ tiếp công dân Hà Nội", filtered, StringComparison.Ordinal);
        Assert.Contains("Xuất sổ tiếp công dân Hà Nội", byText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACentralAdministratorAlsoSeesSystemEntries()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var central = await app.CreateStaffClientAsync(StaffRoles.Administrator, "TW");
        var hcmOfficer = await app.CreateStaffAsync(StaffRoles.ReceptionOfficer, "79.VP-DBQH-HDND-T");
        await RecordAsync(app, hcmOfficer, "79.VP-DBQH-HDND-T", AuditActions.Export, "Xuất sổ tiếp công dân TP. Hồ Chí Minh");
        await RecordAsync(app, null, null, AuditActions.SignInFailed, "Email không có tài khoản: ai@example.vn");

        var page = await central.GetStringAsync("/staff/admin/audit", Ct);

        Assert.Contains("ai@example.vn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("TP. Hồ Chí Minh", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuditSearchIsForAdministratorsOnly()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, "01.VP-DBQH-HDND-T");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/staff/admin/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/staff/admin/users", Ct)).StatusCode);
    }

    private static Task<bool> RecordAsync(CitizenVoiceApp app, string? userId, string? unit, string action, string details) => app.InScopeAsync(async sp =>
    {
        var actor = userId is null ? null : new StaffScope(userId, "Cán bộ " + unit, unit!, new HashSet<string>());
        await sp.GetRequiredService<AuditLog>().RecordAsync(actor, action, "reception-book", unit, details, Ct);
        return true;
    });
}
