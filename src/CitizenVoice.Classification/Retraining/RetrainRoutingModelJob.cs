using System.Diagnostics;
using System.Globalization;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Classification.Training;
using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Routing;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Classification.Retraining;

/// <summary>
/// Trains a candidate on ml-models/data plus the staff-confirmed labels, scores it on the trainer's fixed held-out
/// split, and promotes it only when it is not worse than the current model (topic macro-F1 and level accuracy each
/// within <see cref="ClassifierOptions.PromotionTolerance"/>). Every candidate is recorded as a
/// <see cref="RoutingModelVersion"/>. Runs on its own Hangfire queue with one worker and on a below-normal-priority
/// thread, so a training (about a minute on the full corpus) leaves the other core to web requests.
/// </summary>
[Queue(QueueName)]
[AutomaticRetry(Attempts = 0)]
[DisableConcurrentExecution(timeoutInSeconds: 3600)]
public sealed class RetrainRoutingModelJob(ICitizenVoiceDb db, IOptions<ClassifierOptions> options, RoutingModelStore store,
    RoutingClassifierHolder holder, IRoutingClassifierRefresher refresher, AuditLog audit, TimeProvider clock,
    ILogger<RetrainRoutingModelJob> logger)
{
    public const string QueueName = "training";

    /// <param name="triggeredByUserId">The administrator who pressed the button; null for the schedule.</param>
    public async Task<Guid> RunAsync(string? triggeredByUserId, string? triggeredByName, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var corpusFile = Path.Combine(settings.ResolveTrainingDataPath(), ModelFiles.Corpus);
        var corpus = PetitionCorpus.LoadTsv(corpusFile);
        var confirmations = await db.ConfirmedLabels.AsNoTracking().ToListAsync(cancellationToken);
        var data = RetrainingCorpus.Build(corpus, PetitionCorpus.Sha256(corpusFile), confirmations);
        logger.LogInformation("Retraining on {Corpus} corpus rows and {Confirmed} confirmed labels", data.Corpus.Count, data.Confirmed.Count);

        var watch = Stopwatch.StartNew();
        var outcome = await OnLowPriorityThreadAsync(() =>
            new ModelTrainer(trainers: [PetitionPipeline.LbfgsMaxEnt]).Train(data.Corpus, data.Sha256, m => logger.LogInformation("{Line}", m), data.Confirmed));
        var seconds = Math.Round(watch.Elapsed.TotalSeconds, 1);

        var number = (await db.RoutingModelVersions.MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
        var location = number.ToString(CultureInfo.InvariantCulture);
        outcome.Save(store.PathOf(location));
        var metrics = outcome.Metrics;
        var candidate = new RoutingModelVersion(number, clock.GetUtcNow(), metrics.RowCount, data.Confirmed.Count, data.Sha256,
            Math.Round(metrics.Topic.MacroF1, 4), Math.Round(metrics.Level.MicroAccuracy, 4), metrics.ToJson(),
            location, seconds, triggeredByUserId, triggeredByName);

        var active = await db.RoutingModelVersions.Where(v => v.Status == RoutingModelStatus.Active).ToListAsync(cancellationToken);
        // An active version trained with an older featurizer does not classify (ClassifierDatabaseSync keeps the
        // shipped models), so the candidate is measured against what does.
        var serving = active.FirstOrDefault(v => ModelMetrics.JsonReadsCurrentFeatures(v.MetricsJson));
        var baseline = serving is not null
            ? (Name: "phiên bản " + serving.Version, F1: serving.TopicMacroF1, Level: serving.LevelAccuracy)
            : ShippedBaseline();
        var tolerance = settings.PromotionTolerance;
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"macro-F1 {candidate.TopicMacroF1:F3} / độ đúng cấp {candidate.LevelAccuracy:F3}; {baseline.Name}: {baseline.F1:F3} / {baseline.Level:F3}; dung sai {tolerance:F3}");
        if (candidate.TopicMacroF1 >= baseline.F1 - tolerance && candidate.LevelAccuracy >= baseline.Level - tolerance)
        {
            foreach (var version in active)
            {
                version.Retire();
            }

            candidate.Activate("Được dùng: không kém mô hình đang dùng (" + figures + ").", clock.GetUtcNow());
        }
        else
        {
            candidate.Reject("Không dùng: kém hơn mô hình đang dùng (" + figures + ").");
        }

        db.RoutingModelVersions.Add(candidate);
        audit.Add(null, AuditActions.SettingsChange, "routing-model", location,
            $"Huấn luyện lại mô hình phân loại, phiên bản {number}: {(candidate.Status == RoutingModelStatus.Active ? "được dùng" : "không dùng")} ({figures})"
            + (triggeredByName is null ? " — theo lịch" : " — theo yêu cầu của " + triggeredByName));
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Model version {Version} trained in {Seconds}s: {Status} ({Figures})", number, seconds, candidate.Status, figures);
        await refresher.RefreshAsync(CancellationToken.None);
        return candidate.Id;
    }

    /// <summary>The shipped ml-models/ figures, from its metrics file; no file means any candidate is better.</summary>
    private (string Name, double F1, double Level) ShippedBaseline()
    {
        var file = Path.Combine(holder.DefaultModelPath, ModelFiles.Metrics);
        if (!File.Exists(file))
        {
            return ("mô hình gốc (không có số liệu)", 0, 0);
        }

        var metrics = ModelMetrics.TryParse(File.ReadAllText(file))
            ?? throw new InvalidDataException($"{file} holds no metrics");
        return ("mô hình gốc", Math.Round(metrics.Topic.MacroF1, 4), Math.Round(metrics.Level.MicroAccuracy, 4));
    }

    // The trainer is single-threaded; a below-normal thread yields to request threads where the OS honours it, and
    // the one-worker queue keeps at most one training per node.
    private static Task<T> OnLowPriorityThreadAsync<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Priority = ThreadPriority.BelowNormal,
            Name = "routing-model-training",
        };
        thread.Start();
        return done.Task;
    }
}
