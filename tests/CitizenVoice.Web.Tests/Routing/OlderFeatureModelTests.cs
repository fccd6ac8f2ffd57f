using CitizenVoice.Classification.Retraining;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Classification.Text;
using CitizenVoice.Classification.Training;
using CitizenVoice.Core.Routing;
using CitizenVoice.Web.Areas.Staff.Pages.Admin.Models;
using CitizenVoice.Web.Tests.Admin;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CitizenVoice.Web.Tests.Routing;

/// <summary>
/// After an upgrade that changes the featurizer, versions trained by the old build stay in the database: they must not
/// break the classifier, must not be rolled back to, and the next retraining is measured against the shipped models.
/// </summary>
public sealed class OlderFeatureModelTests
{
    private const string OldColumn = "HashedFeaturesV1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task VersionsTrainedWithOlderFeaturesAreSkippedShownAndNotRolledBackTo()
    {
        await using var app = RetrainRoutingModelJobTests.AppWithSmallCorpus();
        using var admin = await AdminClients.AdministratorAsync(app);
        var holder = app.Services.GetRequiredService<RoutingClassifierHolder>();
        var shipped = holder.DefaultModelPath;
        var oldMetrics = OldMetricsJson(shipped);
        WriteOldModels(Path.Combine(app.DataFolder, "models", "1"));
        WriteOldModels(Path.Combine(app.DataFolder, "models", "2"));
        var retiredId = await app.WithDbAsync(async db =>
        {
            var retired = new RoutingModelVersion(1, DateTimeOffset.UtcNow.AddDays(-2), 100, 0, "a", 0.83, 0.94, oldMetrics, "1", 60, null, null);
            retired.Activate("Được dùng.", DateTimeOffset.UtcNow.AddDays(-2));
            retired.Retire();
            var active = new RoutingModelVersion(2, DateTimeOffset.UtcNow.AddDays(-1), 100, 0, "b", 0.99, 0.99, oldMetrics, "2", 60, null, null);
            active.Activate("Được dùng.", DateTimeOffset.UtcNow.AddDays(-1));
            db.RoutingModelVersions.AddRange(retired, active);
            await db.SaveChangesAsync(Ct);
            return retired.Id;
        });

        var refresher = app.Services.GetRequiredService<IRoutingClassifierRefresher>();
        await refresher.RefreshAsync(Ct);
        await refresher.RefreshAsync(Ct);
        var pathAfterRefresh = holder.Current.ModelPath;
        var page = await admin.GetStringAsync("/staff/admin/models", Ct);
        await PortalForms.PostFormAsync(admin, "/staff/admin/models?handler=Rollback", new() { ["id"] = retiredId.ToString() }, Ct);
        var flash = await admin.GetStringAsync("/staff/admin/models", Ct);
        var statusesAfterRollback = await app.WithDbAsync(db => db.RoutingModelVersions.OrderBy(v => v.Version).Select(v => v.Status).ToListAsync(Ct));

        var candidate = await app.InScopeAsync(async sp =>
        {
            var id = await sp.GetRequiredService<RetrainRoutingModelJob>().RunAsync(null, null, Ct);
            return await sp.GetRequiredService<Data.CitizenVoiceDbContext>().RoutingModelVersions.AsNoTracking().SingleAsync(v => v.Id == id, Ct);
        });

        Assert.Throws<IncompatibleModelException>(() => new RoutingClassifier(new ClassifierOptions { ModelPath = Path.Combine(app.DataFolder, "models", "2") }));
        Assert.Equal(shipped, pathAfterRefresh);
        Assert.Equal(2, CountOf(page, IndexModel.OldFeaturesNote));
        Assert.Equal(1, CountOf(page, IndexModel.ShippedUntilRetrainNote));
        Assert.DoesNotContain("Quay lại phiên bản này", page, StringComparison.Ordinal);
        Assert.Contains("Không dùng được", page, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(flash, IndexModel.OldFeaturesNote));
        Assert.Equal([RoutingModelStatus.Retired, RoutingModelStatus.Active], statusesAfterRollback);

        // The old active version's 0.99 would reject any candidate; the shipped models are what classifies, so they are the bar.
        Assert.Equal(RoutingModelStatus.Active, candidate.Status);
        Assert.Contains("mô hình gốc", candidate.Decision, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(app.DataFolder, "models", "3"), holder.Current.ModelPath);
    }

    private static int CountOf(string page, string text)
    {
        var count = 0;
        for (var at = page.IndexOf(text, StringComparison.Ordinal); at >= 0; at = page.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The shipped metrics as an older build would have written them.</summary>
    private static string OldMetricsJson(string shippedModels)
    {
        var json = File.ReadAllText(Path.Combine(shippedModels, ModelFiles.Metrics));
        Assert.Contains(PetitionFeaturizer.ColumnName + ":", json, StringComparison.Ordinal);
        return json.Replace(PetitionFeaturizer.ColumnName + ":", OldColumn + ":", StringComparison.Ordinal);
    }

    /// <summary>Topic and level zips whose input column is the older featurizer's.</summary>
    private static void WriteOldModels(string directory)
    {
        Directory.CreateDirectory(directory);
        var ml = new MLContext(1);
        var rows = Enumerable.Range(0, 12).Select(i =>
        {
            var values = new float[PetitionFeaturizer.Dimension];
            values[i % 3] = 1f;
            return new OldFeatures { Features = values, Label = SmallCorpus.Topics[i % 3] };
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(OldFeatures.Label))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy("LabelKey", OldColumn))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
        var model = pipeline.Fit(data);
        ml.Model.Save(model, data.Schema, Path.Combine(directory, ModelFiles.TopicModel));
        ml.Model.Save(model, data.Schema, Path.Combine(directory, ModelFiles.LevelModel));
    }

    private sealed class OldFeatures
    {
        [ColumnName(OldColumn)]
        [VectorType(PetitionFeaturizer.Dimension)]
        public float[] Features { get; set; } = [];

        public string Label { get; set; } = string.Empty;
    }
}
