using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Routing;

public sealed class ClassifyPendingSubmissionsJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewSubmissionIsPendingUntilTheJobStoresTheSuggestion()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await RoutingTestData.SubmitAsync(app);
        var before = await app.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(Ct));

        var classified = await RoutingTestData.RunJobAsync(app);

        var after = await app.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(Ct));
        Assert.Equal(RoutingStatus.Pending, before.RoutingStatus);
        Assert.Null(before.TopicCode);
        Assert.Equal(1, classified);
        Assert.Contains(after.RoutingStatus, new[] { RoutingStatus.Suggested, RoutingStatus.NeedsTriage });
        Assert.Equal("giao-thong", after.TopicCode);
        Assert.True(CompetenceLevels.IsValid(after.CompetenceLevel));
        Assert.False(string.IsNullOrEmpty(after.AgencyCode));
        Assert.InRange(after.RoutingConfidence ?? -1, 0, 1);
    }

    [Fact]
    public async Task ConfidenceBelowTheConfiguredThresholdGoesToTriage()
    {
        await using var app = CitizenVoiceApp.Sqlite().With("Classifier:ConfidenceThreshold", "1");
        await RoutingTestData.SubmitAsync(app);

        await RoutingTestData.RunJobAsync(app);

        var after = await app.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(Ct));
        Assert.Equal(RoutingStatus.NeedsTriage, after.RoutingStatus);
        Assert.NotNull(after.TopicCode);
    }

    [Fact]
    public async Task RunningTheJobTwiceChangesNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await RoutingTestData.SubmitAsync(app);
        await RoutingTestData.RunJobAsync(app);
        var first = await app.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(Ct));

        var second = await RoutingTestData.RunJobAsync(app);

        var after = await app.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(Ct));
        Assert.Equal(0, second);
        Assert.Equal((first.TopicCode, first.CompetenceLevel, first.AgencyCode, first.RoutingStatus, first.UpdatedAt, first.Version),
            (after.TopicCode, after.CompetenceLevel, after.AgencyCode, after.RoutingStatus, after.UpdatedAt, after.Version));
    }

    [Fact]
    public async Task ConfirmedRoutingIsNeverOverwrittenByTheJob()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await RoutingTestData.SubmitAsync(app);
        await app.WithDbAsync(async db =>
        {
            var submission = await db.Submissions.SingleAsync(Ct);
            submission.ConfirmRouting("dat-dai", CompetenceLevels.Province, "SNNMT", "staff-1", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync(Ct);
        });

        var classified = await RoutingTestData.RunJobAsync(app);

        var after = await app.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(Ct));
        Assert.Equal(0, classified);
        Assert.Equal((RoutingStatus.Confirmed, "dat-dai", "tinh", "SNNMT"), (after.RoutingStatus, after.TopicCode, after.CompetenceLevel, after.AgencyCode));
    }

    [Fact]
    public async Task SweepClassifiesEveryLeftoverInBatches()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        // Intake in tests signals nobody (no job server), like a node that crashed before its job ran.
        await RoutingTestData.SubmitAsync(app);
        await RoutingTestData.SubmitAsync(app, "Mất điện kéo dài", "Khu dân cư bị mất điện nhiều ngày liền, đề nghị điện lực sớm khắc phục.");
        await RoutingTestData.SubmitAsync(app, "Rác thải tồn đọng", "Rác thải sinh hoạt tồn đọng ở đầu ngõ nhiều tuần không được thu gom.");

        var classified = await RoutingTestData.RunJobAsync(app);

        var statuses = await app.WithDbAsync(db => db.Submissions.Select(s => s.RoutingStatus).ToListAsync(Ct));
        Assert.Equal(3, classified);
        Assert.DoesNotContain(RoutingStatus.Pending, statuses);
    }
}
