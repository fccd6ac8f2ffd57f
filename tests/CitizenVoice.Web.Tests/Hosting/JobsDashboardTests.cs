using System.Net;
using CitizenVoice.Data.Seeding;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Hosting;

public sealed class JobsDashboardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnonymousVisitorIsSentToSignIn()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/admin/jobs", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffWhoAreNotAdministratorsAreRefused()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await SeedDemoAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignInAsync(client, "xulydon@demo.citizenvoice.vn");

        var response = await client.GetAsync("/admin/jobs", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/khong-co-quyen", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorSeesTheDashboard()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var logs = CapturedLogs.AddTo(app);
        await SeedDemoAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignInAsync(client, "quantri@demo.citizenvoice.vn");

        var response = await client.GetAsync("/admin/jobs", Ct);

        // Answered 500 once in CI (2026-12-02), with no log to say why; the message now carries the app's errors.
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/admin/jobs answered {(int)response.StatusCode} {response.Headers.Location}{Environment.NewLine}{logs}");
        Assert.Contains("Hangfire", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSeedingIsIdempotentAndRealistic()
    {
        await using var app = CitizenVoiceApp.Sqlite();

        await SeedDemoAsync(app);
        await SeedDemoAsync(app);

        var submissions = await app.WithDbAsync(db => db.Submissions.Include(s => s.History).ToListAsync(Ct));
        Assert.InRange(submissions.Count, 10, 100);
        Assert.Contains(submissions, s => s.History.Count > 2);
        Assert.All(submissions, s => Assert.NotNull(CitizenVoice.Core.Submissions.TrackingCode.Normalize(s.TrackingCode)));
        var communes = await app.WithDbAsync(db => db.Communes.Select(c => c.Code).ToListAsync(Ct));
        Assert.All(submissions, s => Assert.Contains(s.CommuneCode, communes));
        Assert.Equal(DemoDataSeeder.DemoStaff.Count, await app.WithDbAsync(db => db.Users.CountAsync(Ct)));
    }

    internal static Task<bool> SeedDemoAsync(CitizenVoiceApp app) => app.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<DemoDataSeeder>().SeedAsync(Ct);
        return true;
    });

    internal static Task SignInAsync(HttpClient client, string email) => StaffSignIn.SignInAsync(client, email, Ct);
}
