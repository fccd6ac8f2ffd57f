using System.Net;
using CitizenVoice.Core.Audit;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Admin;

public sealed class RemoteAreasPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchFindsCommunesWithOrWithoutDiacritics()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);

        var plain = await admin.GetStringAsync("/staff/admin/remote-areas?q=hoan+kiem&province=01", Ct);
        var marked = await admin.GetStringAsync("/staff/admin/remote-areas?q=" + Uri.EscapeDataString("Hoàn Kiếm") + "&province=01", Ct);

        Assert.Contains("Phường Hoàn Kiếm", plain, StringComparison.Ordinal);
        Assert.Contains("Phường Hoàn Kiếm", marked, StringComparison.Ordinal);
        Assert.DoesNotContain("Phường Ba Đình", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToggleMarksAndUnmarksACommuneAudited()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);

        var on = await PortalForms.PostFormAsync(admin, "/staff/admin/remote-areas?handler=Toggle", new() { ["code"] = "00070", ["remote"] = "true" }, Ct);
        var marked = await app.WithDbAsync(db => db.Communes.Where(c => c.Code == "00070").Select(c => c.IsRemoteArea).SingleAsync(Ct));
        var listed = await admin.GetStringAsync("/staff/admin/remote-areas?onlyRemote=true", Ct);
        var off = await PortalForms.PostFormAsync(admin, "/staff/admin/remote-areas?handler=Toggle", new() { ["code"] = "00070", ["remote"] = "false" }, Ct);
        var unmarked = await app.WithDbAsync(db => db.Communes.Where(c => c.Code == "00070").Select(c => c.IsRemoteArea).SingleAsync(Ct));

        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.True(marked);
        Assert.Contains("Phường Hoàn Kiếm", listed, StringComparison.Ordinal);
        Assert.False(unmarked);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.SettingsChange && a.SubjectId == "00070", Ct)));
    }
}
