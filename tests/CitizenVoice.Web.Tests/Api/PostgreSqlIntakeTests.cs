using System.Net;
using System.Net.Http.Json;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Api;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Api;

/// <summary>The intake path on a real PostgreSQL server (migrated at startup, Hangfire on PostgreSQL storage).</summary>
public sealed class PostgreSqlIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FilesAndLooksUpASubmissionOnPostgreSql()
    {
        await using var app = CitizenVoiceApp.PostgreSql();
        using var client = app.CreateClient();

        var code = await SubmissionsApiTests.CreateAsync(client);
        var status = await client.GetFromJsonAsync<SubmissionStatusResponse>($"/api/v1/submissions/{code}?contact=0912345678", Ct);

        Assert.Equal("da-tiep-nhan", status!.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(Ct)));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready", Ct));
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneIdempotencyKeyCreateOneSubmission()
    {
        await using var app = CitizenVoiceApp.PostgreSql();
        using var client = app.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/submissions") { Content = JsonContent.Create(SampleRequests.Petition()) };
            message.Headers.Add("Idempotency-Key", "concurrent-key-1");
            return client.SendAsync(message, Ct);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var codes = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<SubmissionCreatedResponse>(Ct))!.TrackingCode));
        Assert.Single(codes.Distinct());
        Assert.Equal(1, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(Ct)));
    }

    [Fact]
    public async Task SearchTextMatchesWithoutDiacriticsOnPostgreSql()
    {
        await using var app = CitizenVoiceApp.PostgreSql();
        using var client = app.CreateClient();
        await SubmissionsApiTests.CreateAsync(client);

        var key = CitizenVoice.Core.Common.VietnameseText.Fold("duong lien thon");
        var found = await app.WithDbAsync(db => db.Submissions.CountAsync(s => s.SearchText.Contains(key), Ct));

        Assert.Equal(1, found);
        Assert.Equal(SubmissionChannel.Api, (await app.WithDbAsync(db => db.Submissions.SingleAsync(Ct))).Channel);
    }
}
