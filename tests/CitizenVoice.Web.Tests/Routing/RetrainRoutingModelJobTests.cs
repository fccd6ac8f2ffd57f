using System.Net;
using System.Net.Http.Json;
using CitizenVoice.Classification.Retraining;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Core.Routing;
using CitizenVoice.Web.Api;
using CitizenVoice.Web.Tests.Admin;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Routing;

public sealed class RetrainRoutingModelJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An app that retrains on the small corpus and keeps its model versions in its own data folder.</summary>
    internal static CitizenVoiceApp AppWithSmallCorpus()
    {
        var app = CitizenVoiceApp.Sqlite();
        SmallCorpus.Write(Path.Combine(app.DataFolder, "corpus"), SmallCorpus.Rows(seed: 1));
        return app.With("Classifier:TrainingDataPath", Path.Combine(app.DataFolder, "corpus"))
            .With("Classifier:ModelStorePath", Path.Combine(app.DataFolder, "models"));
    }

    private static Task<RoutingModelVersion> RetrainAsync(CitizenVoiceApp app) => app.InScopeAsync(async sp =>
    {
        var id = await sp.GetRequiredService<RetrainRoutingModelJob>().RunAsync("admin-1", "Quản trị viên", Ct);
        return await sp.GetRequiredService<Data.CitizenVoiceDbContext>().RoutingModelVersions.AsNoTracking().SingleAsync(v => v.Id == id, Ct);
    });

    private static Task<int> AddConfirmationsAsync(CitizenVoiceApp app, IEnumerable<Classification.Training.LabelledPetition> rows) => app.WithDbAsync(async db =>
    {
        var at = DateTimeOffset.UtcNow;
        foreach (var row in rows)
        {
            db.ConfirmedLabels.Add(new ConfirmedLabel(ConfirmRouting.SourceType, Guid.NewGuid(), row.Text, row.Topic, row.Level, null, true, "staff-1", at));
        }

        return await db.SaveChangesAsync(Ct);
    });

    [Fact]
    public void ACorrectionReplacesTheCorpusRowWithTheSameTextAndNeverEntersTheHeldOutSplit()
    {
        var corpus = SmallCorpus.Rows(seed: 1);
        var trainRow = corpus.First(r => !Classification.Training.ModelTrainer.IsHeldOut(r));
        var heldOutRow = corpus.First(Classification.Training.ModelTrainer.IsHeldOut);
        var at = DateTimeOffset.UtcNow;
        ConfirmedLabel Label(string text, string topic, DateTimeOffset when) => new(ConfirmRouting.SourceType, Guid.NewGuid(), text, topic, "xa", null, true, "u", when);

        var data = RetrainingCorpus.Build(corpus, "abc", [
            Label(trainRow.Text.ToUpperInvariant(), "giao-thong", at.AddMinutes(-5)),
            Label(trainRow.Text, "y-te", at),
            Label(heldOutRow.Text, "y-te", at),
            Label("Một văn bản mới hoàn toàn về trạm y tế", "y-te", at),
        ]);

        Assert.Equal(2, data.Confirmed.Count);
        Assert.Contains(data.Confirmed, r => r.Text == trainRow.Text && r.Topic == "y-te");
        Assert.DoesNotContain(data.Corpus, r => r.Id == trainRow.Id);
        Assert.Contains(data.Corpus, r => r.Id == heldOutRow.Id && r.Topic == heldOutRow.Topic);
        Assert.NotEqual(RetrainingCorpus.Build(corpus, "abc", []).Sha256, data.Sha256);
    }

    [Fact]
    public async Task PromotesWhenNotWorseRejectsWhenWorseAndRollsBack()
    {
        await using var app = AppWithSmallCorpus();
        using var admin = await AdminClients.AdministratorAsync(app);
        var holder = app.Services.GetRequiredService<RoutingClassifierHolder>();
        var shippedTopics = holder.Current.Topics.Count;

        var first = await RetrainAsync(app);
        var topicsAfterFirst = holder.Current.Topics.Count;

        // A deliberately wrong batch of confirmations: every label moved to the next topic and level.
        await AddConfirmationsAsync(app, SmallCorpus.Rows(seed: 2, groupsPerTopic: 12, labelShift: 1));
        var bad = await RetrainAsync(app);
        var pathAfterBad = holder.Current.ModelPath;

        await app.WithDbAsync(db => db.ConfirmedLabels.ExecuteDeleteAsync(Ct));
        await AddConfirmationsAsync(app, SmallCorpus.Rows(seed: 3, groupsPerTopic: 3, rowsPerGroup: 1));
        var third = await RetrainAsync(app);
        var pathAfterThird = holder.Current.ModelPath;

        var rollback = await PortalForms.PostFormAsync(admin, "/staff/admin/models?handler=Rollback", new() { ["id"] = first.Id.ToString() }, Ct);
        var statuses = await app.WithDbAsync(db => db.RoutingModelVersions.OrderBy(v => v.Version).Select(v => v.Status).ToListAsync(Ct));
        var classified = await admin.PostAsJsonAsync("/api/v1/classify", new ClassifyRequest("x", "Người dân thôn Đông phản ánh sổ đỏ chậm cấp; đề nghị Ủy ban nhân dân xã sớm giải quyết."), Ct);
        var answer = await classified.Content.ReadFromJsonAsync<ClassifyResponse>(Ct);
        var page = await admin.GetStringAsync("/staff/admin/models", Ct);

        Assert.Equal(20, shippedTopics);
        Assert.Equal(RoutingModelStatus.Active, first.Status);
        Assert.Equal(3, topicsAfterFirst);
        Assert.True(first.TopicMacroF1 > 0.9, first.Decision);
        Assert.Equal(RoutingModelStatus.Rejected, bad.Status);
        Assert.True(bad.TopicMacroF1 < first.TopicMacroF1, bad.Decision);
        Assert.True(bad.ConfirmedLabelCount > 100);
        Assert.Equal(Path.Combine(app.DataFolder, "models", "1"), pathAfterBad);
        Assert.Equal(RoutingModelStatus.Active, third.Status);
        Assert.Equal(9, third.ConfirmedLabelCount);
        Assert.Equal(Path.Combine(app.DataFolder, "models", "3"), pathAfterThird);
        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        Assert.Equal([RoutingModelStatus.Active, RoutingModelStatus.Rejected, RoutingModelStatus.Retired], statuses);
        Assert.Equal(Path.Combine(app.DataFolder, "models", "1"), holder.Current.ModelPath);
        Assert.Equal("dat-dai", answer!.Topic);
        Assert.Equal("xa", answer.Level);
        Assert.Contains("Quay lại phiên bản này", page, StringComparison.Ordinal);
        Assert.Contains("Không dùng (kém hơn)", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "models", "2", "petition-topic.zip")));
    }

    [Fact]
    public async Task RetrainButtonQueuesTheJobAndIsAudited()
    {
        await using var app = AppWithSmallCorpus();
        var logs = CapturedLogs.AddTo(app);
        using var admin = await AdminClients.AdministratorAsync(app);

        var response = await PortalForms.PostFormAsync(admin, "/staff/admin/models?handler=Retrain", [], Ct);
        var page = await admin.GetStringAsync("/staff/admin/models", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // This failed now and then in full runs, never alone: Hangfire's filters had been initialised with a disposed
        // app's logger (see ProcessWideHangfireLogs). The message keeps the app's logs in case.
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? string.Join(", ", set.Select(c => c.Split('=')[0])) : "none";
        Assert.True(page.Contains("Đã đưa việc huấn luyện lại vào hàng đợi", StringComparison.Ordinal),
            $"No flash after the redirect to {response.Headers.Location}. Cookies the POST set: {cookies}.{Environment.NewLine}{logs}");
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SubjectType == "routing-model", Ct)));
    }
}
