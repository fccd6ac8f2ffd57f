using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task AConfirmationSavedWhileTheJobRunsWinsAndTheRestIsClassified()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await RoutingTestData.SubmitAsync(app);
        await RoutingTestData.SubmitAsync(app, "Rác thải tồn đọng", "Rác thải sinh hoạt tồn đọng ở đầu ngõ nhiều tuần không được thu gom.");
        var first = await app.WithDbAsync(db => db.Submissions.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(Ct));

        var classified = await app.InScopeAsync(async sp =>
        {
            // Staff confirm the first item after the job read it and before the job saves: its update must lose.
            var classifier = new ConfirmingClassifier(sp.GetRequiredService<IRoutingClassifier>(), () => Task.Run(() => app.WithDbAsync(async db =>
            {
                var submission = await db.Submissions.SingleAsync(s => s.Id == first, Ct);
                submission.ConfirmRouting("moi-truong", CompetenceLevels.Commune, "UBND-X", "staff-1", DateTimeOffset.UtcNow);
                return await db.SaveChangesAsync(Ct);
            })).GetAwaiter().GetResult());
            var job = new ClassifyPendingSubmissionsJob(sp.GetRequiredService<Core.ICitizenVoiceDb>(), classifier, TimeProvider.System,
                Microsoft.Extensions.Logging.Abstractions.NullLogger<ClassifyPendingSubmissionsJob>.Instance);
            return await job.RunAsync(Ct);
        });

        var rows = await app.WithDbAsync(db => db.Submissions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(Ct));
        Assert.Equal(1, classified);
        Assert.Equal((RoutingStatus.Confirmed, "moi-truong", "UBND-X"), (rows[0].RoutingStatus, rows[0].TopicCode, rows[0].AgencyCode));
        Assert.NotEqual(RoutingStatus.Pending, rows[1].RoutingStatus);
    }

    [Fact]
    public async Task ClassifiesOnPostgreSqlAndLeavesConfirmedItemsAlone()
    {
        await using var app = CitizenVoiceApp.PostgreSql();
        await RoutingTestData.SubmitAsync(app);
        await RoutingTestData.SubmitAsync(app, "Rác thải tồn đọng", "Rác thải sinh hoạt tồn đọng ở đầu ngõ nhiều tuần không được thu gom.");
        await app.WithDbAsync(async db =>
        {
            var submission = await db.Submissions.OrderBy(s => s.Id).FirstAsync(Ct);
            submission.ConfirmRouting("dat-dai", CompetenceLevels.Province, "SNNMT", "staff-1", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync(Ct);
        });

        var first = await RoutingTestData.RunJobAsync(app);
        var second = await RoutingTestData.RunJobAsync(app);

        var rows = await app.WithDbAsync(db => db.Submissions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(Ct));
        Assert.Equal((1, 0), (first, second));
        Assert.Equal((RoutingStatus.Confirmed, "dat-dai"), (rows[0].RoutingStatus, rows[0].TopicCode));
        Assert.NotEqual(RoutingStatus.Pending, rows[1].RoutingStatus);
        Assert.True(await app.WithDbAsync(db => db.RoutingRules.AnyAsync(Ct)));
    }

    /// <summary>The real classifier, with an action run once during the first batch (another user's save).</summary>
    private sealed class ConfirmingClassifier(IRoutingClassifier inner, Action once) : IRoutingClassifier
    {
        private bool _done;

        public RoutingSuggestion Suggest(string text) => inner.Suggest(text);

        public IReadOnlyList<RoutingSuggestion> SuggestAll(IReadOnlyList<string> texts)
        {
            if (!_done)
            {
                _done = true;
                once();
            }

            return inner.SuggestAll(texts);
        }
    }
}
