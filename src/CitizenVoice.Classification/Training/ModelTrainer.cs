using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CitizenVoice.Classification.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CitizenVoice.Classification.Training;

/// <summary>
/// Trains the topic and level models. Trainers are compared on a held-out split that keeps whole generator
/// situations out of training (a row-level split would leak near-duplicate templates and flatter every trainer);
/// the best by topic macro-F1 is then refitted on all rows.
/// </summary>
public sealed class ModelTrainer
{
    public const int DefaultSeed = 20260705;
    private const int HeldOutBuckets = 5;

    private readonly int _seed;
    private readonly IReadOnlyList<string> _trainers;
    private readonly int _fold;
    private readonly float _l2;
    private readonly float _l1;

    /// <param name="fold">Which of the 5 group buckets is held out (0 is the committed split; 1-4 let the figures be
    /// checked on the other situations).</param>
    /// <param name="l2">L2 regularisation of the LBFGS trainer (for tuning; the default is the committed setting).</param>
    /// <param name="l1">L1 regularisation of the LBFGS trainer.</param>
    public ModelTrainer(int seed = DefaultSeed, IReadOnlyList<string>? trainers = null, int fold = 0, float l2 = PetitionPipeline.DefaultL2, float l1 = PetitionPipeline.DefaultL1)
    {
        _l2 = l2;
        _l1 = l1;
        ArgumentOutOfRangeException.ThrowIfNegative(fold);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fold, HeldOutBuckets);
        _seed = seed;
        _trainers = trainers ?? PetitionPipeline.Trainers;
        _fold = fold;
    }

    public static bool IsHeldOut(LabelledPetition row) => IsHeldOutInFold(row, 0);

    public static bool IsHeldOutInFold(LabelledPetition row, int fold)
    {
        ArgumentNullException.ThrowIfNull(row);
        return StableHash(row.Group ?? row.Id) % HeldOutBuckets == fold;
    }

    private static (List<LabelledPetition> Train, List<LabelledPetition> HeldOut) SplitFold(IReadOnlyList<LabelledPetition> rows, int fold)
    {
        var train = new List<LabelledPetition>(rows.Count);
        var heldOut = new List<LabelledPetition>();
        foreach (var row in rows)
        {
            (IsHeldOutInFold(row, fold) ? heldOut : train).Add(row);
        }

        return (train, heldOut);
    }

    /// <param name="trainOnly">Rows that only ever train (staff-confirmed labels): the held-out split stays the corpus's
    /// fixed split, so candidates trained with more confirmations are compared on the same rows.</param>
    public TrainingOutcome Train(IReadOnlyList<LabelledPetition> rows, string dataSha256, Action<string>? log = null, IReadOnlyList<LabelledPetition>? trainOnly = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ml = new MLContext(_seed);
        trainOnly ??= [];
        var (train, heldOut) = SplitFold(rows, _fold);
        train.AddRange(trainOnly);
        if (heldOut.Count == 0 || train.Count == 0)
        {
            throw new InvalidOperationException("the held-out split is empty; the corpus needs more groups");
        }

        var comparison = new List<TrainerScore>();
        var best = (Trainer: string.Empty, F1: double.MinValue);
        var topicMetricsByTrainer = new Dictionary<string, TaskMetrics>(StringComparer.Ordinal);
        var topicModelsByTrainer = new Dictionary<string, ITransformer>(StringComparer.Ordinal);
        foreach (var trainer in _trainers)
        {
            var score = Score(ml, "topic", trainer, train, heldOut, r => r.Topic, out var trainerMetrics, out var trainerModel);
            topicMetricsByTrainer[trainer] = trainerMetrics;
            topicModelsByTrainer[trainer] = trainerModel;
            comparison.Add(score);
            log?.Invoke($"topic  {trainer,-26} macro-F1 {score.MacroF1:F3}  micro-acc {score.MicroAccuracy:F3}  {score.TrainSeconds:F1}s");
            // Only maximum-entropy trainers are eligible: their scores are probabilities (the triage threshold reads
            // them) and the runtime scores them straight from the weights; the others stay in the comparison.
            if (PetitionPipeline.IsMaximumEntropy(trainer) && score.MacroF1 > best.F1)
            {
                best = (trainer, score.MacroF1);
            }
        }

        if (best.Trainer.Length == 0)
        {
            throw new InvalidOperationException("no maximum-entropy trainer in the comparison");
        }

        var topicMetrics = topicMetricsByTrainer[best.Trainer];
        var level = Score(ml, "level", best.Trainer, train, heldOut, r => r.Level, out var levelMetrics, out var heldOutLevelModel);
        comparison.Add(level);
        log?.Invoke($"level  {best.Trainer,-26} macro-F1 {level.MacroF1:F3}  micro-acc {level.MicroAccuracy:F3}");
        var routing = EvaluateRouting(ml, topicModelsByTrainer[best.Trainer], heldOutLevelModel, heldOut);
        log?.Invoke($"routing (held-out) level acc {routing.LevelAccuracy:F3}  agency top-1 {routing.AgencyTop1:F3}  top-3 {routing.AgencyTop3:F3}");

        var all = trainOnly.Count == 0 ? rows : rows.Concat(trainOnly).ToList();
        var topicModel = Fit(ml, best.Trainer, all, r => r.Topic, out var schema);
        var levelModel = Fit(ml, best.Trainer, all, r => r.Level, out _);
        var metrics = new ModelMetrics
        {
            TrainedAt = DateTimeOffset.UtcNow,
            RowCount = all.Count,
            DataSha256 = dataSha256,
            Seed = _seed,
            HeldOutSplit = $"whole groups (generator situations) with stable-hash % {HeldOutBuckets} == {_fold}",
            HeldOutRowCount = heldOut.Count,
            ChosenTrainer = best.Trainer,
            Featurizer = $"{Text.PetitionFeaturizer.ColumnName}: 2^{Text.PetitionFeaturizer.HashBits} hashed word uni+bigrams (NFC and folded views) + char 4-grams (folded, first {Text.PetitionFeaturizer.MaxCharGramChars} chars, weight {Text.PetitionFeaturizer.CharGramWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
            TrainerComparison = comparison,
            Topic = topicMetrics,
            Level = levelMetrics,
            HeldOutRouting = routing,
        };
        return new TrainingOutcome(ml, topicModel, levelModel, schema, metrics);
    }

    /// <summary>
    /// Grouped cross-validation: each of the five situation buckets is held out in turn, the first maximum-entropy
    /// trainer is fitted on the other four and the whole classifier (models + routing table) is scored on it. One
    /// bucket moves topic macro-F1 by several points, so the mean over the five is the figure to compare corpora and
    /// settings by. Nothing is refitted; models are kept only with <paramref name="keepFoldsIn"/>.
    /// </summary>
    /// <param name="predictions">When given, every held-out row's labels and predictions (TSV) for error analysis.</param>
    /// <param name="keepFoldsIn">When given, each fold's two models and its held-out rows (JSONL, the `evaluate` format)
    /// are kept in <c>fold-N/</c> below it, so routing changes can be scored with `evaluate --model` without refitting.</param>
    public CrossValidationResult CrossValidate(IReadOnlyList<LabelledPetition> rows, Action<string>? log = null, TextWriter? predictions = null, string? keepFoldsIn = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var trainer = _trainers.FirstOrDefault(PetitionPipeline.IsMaximumEntropy)
            ?? throw new InvalidOperationException("no maximum-entropy trainer given");
        // Folds are independent (each its own seeded MLContext and single-threaded trainer), so they run side by
        // side on the machine's cores; results are reported in fold order.
        var results = new (FoldScore Score, EvaluationResult Result, string Predictions)[HeldOutBuckets];
        Parallel.For(0, HeldOutBuckets, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fold =>
        {
            var ml = new MLContext(_seed);
            var (train, heldOut) = SplitFold(rows, fold);
            var topicModel = Fit(ml, trainer, train, r => r.Topic, out _);
            var levelModel = Fit(ml, trainer, train, r => r.Level, out _);
            using var foldPredictions = new StringWriter(CultureInfo.InvariantCulture);
            var keepIn = keepFoldsIn is null ? null : Path.Combine(keepFoldsIn, $"fold-{fold}");
            var result = EvaluateEndToEnd(ml, topicModel, levelModel, heldOut, predictions is null ? null : c => WritePredictions(foldPredictions, fold, c, heldOut), keepIn);
            var score = new FoldScore(fold, heldOut.Count, heldOut.Select(r => r.Group).Distinct().Count(),
                Math.Round(result.Topic.MacroF1, 4), Math.Round(result.Topic.Accuracy, 4), Math.Round(result.LevelAccuracy, 4),
                Math.Round(result.AgencyTop1, 4), Math.Round(result.AgencyTop3, 4));
            results[fold] = (score, result, foldPredictions.ToString());
            log?.Invoke($"fold {fold}: {score.Rows} rows, {score.Situations} situations; topic macro-F1 {Format(score.TopicMacroF1)}, level {Format(score.LevelAccuracy)}, agency top-1 {Format(score.AgencyTop1)}, top-3 {Format(score.AgencyTop3)}");
        });

        var folds = new List<FoldScore>();
        var topicConfusions = new Dictionary<(string, string), int>();
        var levelConfusions = new Dictionary<(string, string), int>();
        foreach (var (score, result, foldPredictions) in results)
        {
            folds.Add(score);
            Count(topicConfusions, result.Topic.Confusions);
            Count(levelConfusions, result.LevelConfusions);
            predictions?.Write(foldPredictions);
        }

        return new CrossValidationResult(
            trainer,
            folds,
            Math.Round(folds.Average(f => f.TopicMacroF1), 4),
            Math.Round(folds.Average(f => f.LevelAccuracy), 4),
            Math.Round(folds.Average(f => f.AgencyTop1), 4),
            Math.Round(folds.Average(f => f.AgencyTop3), 4),
            Top(topicConfusions, 15),
            Top(levelConfusions, 6),
            TriageBand.Mean(results.Select(r => r.Result.Triage).ToList()));

        static void Count(Dictionary<(string, string), int> into, IEnumerable<Confusion> confusions)
        {
            foreach (var c in confusions)
            {
                into[(c.Label, c.Predicted)] = into.GetValueOrDefault((c.Label, c.Predicted)) + c.Count;
            }
        }

        static List<Confusion> Top(Dictionary<(string, string), int> counts, int n) =>
            counts.Select(kv => new Confusion(kv.Key.Item1, kv.Key.Item2, kv.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).Take(n).ToList();
    }

    /// <summary>The whole classifier (models fitted without the held-out situations, then the routing table) on the held-out rows.</summary>
    private static RoutingMetrics EvaluateRouting(MLContext ml, ITransformer topicModel, ITransformer levelModel, List<LabelledPetition> heldOut)
    {
        var result = EvaluateEndToEnd(ml, topicModel, levelModel, heldOut);
        return new RoutingMetrics(
            Math.Round(result.LevelAccuracy, 4),
            Math.Round(result.AgencyTop1, 4),
            Math.Round(result.AgencyTop3, 4),
            result.LevelConfusions.Take(6).ToList());
    }

    private static void WritePredictions(TextWriter writer, int fold, Runtime.RoutingClassifier classifier, List<LabelledPetition> rows)
    {
        if (fold == 0)
        {
            writer.WriteLine("fold\tid\tgroup\ttopic\tpredictedTopic\ttopicConfidence\tlevel\tpredictedLevel\tagency\tpredictedAgency\talternatives\ttext");
        }

        foreach (var row in rows)
        {
            var r = classifier.Classify(row.Text);
            writer.WriteLine(string.Join('\t', fold.ToString(CultureInfo.InvariantCulture), row.Id, row.Group, row.Topic, r.Topic,
                r.TopicConfidence.ToString("F3", CultureInfo.InvariantCulture), row.Level, r.Level, row.Agency, r.Agency.Code,
                string.Join(';', r.Alternatives.Select(a => a.Code)), row.Text));
        }
    }

    private static EvaluationResult EvaluateEndToEnd(MLContext ml, ITransformer topicModel, ITransformer levelModel, List<LabelledPetition> heldOut, Action<Runtime.RoutingClassifier>? inspect = null, string? keepIn = null)
    {
        var dir = keepIn ?? Path.Combine(Path.GetTempPath(), "cv-heldout-" + Guid.NewGuid().ToString("N"));
        try
        {
            var schema = ml.Data.LoadFromEnumerable(Array.Empty<PetitionFeatures>()).Schema;
            Directory.CreateDirectory(dir);
            ml.Model.Save(topicModel, schema, Path.Combine(dir, ModelFiles.TopicModel));
            ml.Model.Save(levelModel, schema, Path.Combine(dir, ModelFiles.LevelModel));
            var classifier = new Runtime.RoutingClassifier(new Runtime.ClassifierOptions { ModelPath = dir });
            inspect?.Invoke(classifier);
            if (keepIn is not null)
            {
                File.WriteAllLines(Path.Combine(dir, "heldout.jsonl"), heldOut.Select(r => JsonSerializer.Serialize(
                    new { id = r.Id, text = r.Text, topic = r.Topic, level = r.Level, agency = r.Agency })));
            }

            return PetitionEvaluator.Evaluate(classifier, heldOut);
        }
        finally
        {
            if (keepIn is null && Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private TrainerScore Score(MLContext ml, string task, string trainer, List<LabelledPetition> train, List<LabelledPetition> test, Func<LabelledPetition, string> label, out TaskMetrics taskMetrics, out ITransformer model)
    {
        var watch = Stopwatch.StartNew();
        model = Fit(ml, trainer, train, label, out _);
        var seconds = watch.Elapsed.TotalSeconds;
        var testView = ml.Data.LoadFromEnumerable(test.Select(r => PetitionFeatures.From(r.Text, label(r))).ToList());
        var scored = model.Transform(testView);
        var m = ml.MulticlassClassification.Evaluate(scored, labelColumnName: "LabelKey");
        var predicted = ml.Data.CreateEnumerable<LabelPrediction>(scored, reuseRowObject: false).Select(p => p.PredictedLabel).ToList();
        var report = new ClassificationReport(test.Select((r, i) => (label(r), predicted[i])));

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        scored.Schema["Score"].GetSlotNames(ref names);
        var perClass = names.DenseValues().Select(n => n.ToString())
            .Zip(m.PerClassLogLoss, (n, l) => (n, l))
            .ToDictionary(x => x.n, x => Math.Round(double.IsFinite(x.l) ? x.l : 99, 4));
        taskMetrics = new TaskMetrics(m.MacroAccuracy, m.MicroAccuracy, report.MacroF1, LogLossOrCap(m.LogLoss), perClass, report.Confusions.Take(10).ToList());
        return new TrainerScore(task, trainer, Math.Round(m.MacroAccuracy, 4), Math.Round(m.MicroAccuracy, 4), Math.Round(report.MacroF1, 4), Math.Round(LogLossOrCap(m.LogLoss), 4), Math.Round(seconds, 2));
    }

    private static double LogLossOrCap(double logLoss) => double.IsFinite(logLoss) ? logLoss : 99;

    private ITransformer Fit(MLContext ml, string trainer, IReadOnlyList<LabelledPetition> rows, Func<LabelledPetition, string> label, out DataViewSchema schema)
    {
        var view = ml.Data.LoadFromEnumerable(rows.Select(r => PetitionFeatures.From(r.Text, label(r))).ToList());
        schema = view.Schema;
        return PetitionPipeline.Build(ml, trainer, _l2, _l1).Fit(view);
    }

    private static uint StableHash(string s)
    {
        // FNV-1a: string.GetHashCode is randomised per process, and the split must not move between runs.
        var hash = 2166136261u;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    internal static string Format(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
