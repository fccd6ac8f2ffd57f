using System.Net;
using System.Net.Http.Json;
using CitizenVoice.Core.Email;
using CitizenVoice.Web.Tests.Api;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Email;

public sealed class EmailOutboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReceiptIsSentOnceEvenWhenTheJobRunsTwice()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();
        var code = await SubmissionsApiTests.CreateAsync(client);
        var id = await app.WithDbAsync(db => db.OutboxEmails.Select(e => e.Id).SingleAsync(Ct));

        var first = await RunSendAsync(app, id);
        var second = await RunSendAsync(app, id);
        var swept = await RunSweepAsync(app);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(0, swept);
        var message = Assert.Single(app.Emails.Sent);
        Assert.Contains(code[..4], message.Subject, StringComparison.Ordinal);
        Assert.Contains("Đã tiếp nhận kiến nghị", message.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://congdan.example.vn/tra-cuu?ma={code}", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmtpOutageLosesNothingAndTheSweepRetriesAfterBackOff()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = new MutableClock(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        using var client = app.CreateClient();
        await SubmissionsApiTests.CreateAsync(client);
        var id = await app.WithDbAsync(db => db.OutboxEmails.Select(e => e.Id).SingleAsync(Ct));
        app.Emails.Fail = true;

        Assert.False(await RunSendAsync(app, id));
        var failed = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(Ct));
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.Contains("simulated", failed.LastError, StringComparison.Ordinal);

        app.Emails.Fail = false;
        Assert.Equal(0, await RunSweepAsync(app));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RunSweepAsync(app));
        Assert.Single(app.Emails.Sent);
        Assert.NotNull((await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(Ct))).SentAt);
    }

    [Fact]
    public async Task EmailClaimedByACrashedWorkerIsSentAfterTheClaimExpires()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = new MutableClock(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        using var client = app.CreateClient();
        await SubmissionsApiTests.CreateAsync(client);
        var claimedUntil = app.Clock.Now.Add(SendEmailJob.ClaimDuration);
        await app.WithDbAsync(db => db.OutboxEmails.ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntil, claimedUntil), Ct));

        Assert.Equal(0, await RunSweepAsync(app));
        app.Clock.Advance(SendEmailJob.ClaimDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await RunSweepAsync(app));
        Assert.Single(app.Emails.Sent);
    }

    [Fact]
    public async Task SubmissionWithoutEmailQueuesNoReceipt()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/submissions", SampleRequests.Petition(email: null), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(Ct)));
    }

    internal static Task<bool> RunSendAsync(CitizenVoiceApp app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<SendEmailJob>().RunAsync(id, Ct));

    internal static Task<int> RunSweepAsync(CitizenVoiceApp app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<EmailOutboxSweepJob>().RunAsync(Ct));
}
