using CitizenVoice.Classification.Routing;
using CitizenVoice.Classification.Text;
using CitizenVoice.Classification.Training;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CitizenVoice.Classification.Runtime;

/// <summary>
/// Predicts topic and competence level with the trained models and routes to an agency with the routing table.
/// Loads the model zips once; safe to share as a singleton across threads. A text is normalised and featurized once
/// (<see cref="PetitionFeaturizer"/>) and both models score the same vector. Single items go through pooled
/// PredictionEngines (one engine is not thread-safe); <see cref="ClassifyAll"/> scores a whole batch with one
/// Transform per model over an IDataView.
/// </summary>
public sealed class RoutingClassifier
{
    private readonly MLContext _ml;
    private readonly LoadedModel _topic;
    private readonly LoadedModel _level;
    private readonly ObjectPool<Engines> _engines;
    private readonly LinearScorer? _topicScorer;
    private readonly LinearScorer? _levelScorer;
    private readonly RoutingTable _routing;
    private readonly float _threshold;

    public RoutingClassifier(ClassifierOptions options, RoutingTable? routing = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ml = new MLContext(ModelTrainer.DefaultSeed);
        _topic = new LoadedModel(_ml, Path.Combine(options.ModelPath, ModelFiles.TopicModel));
        _level = new LoadedModel(_ml, Path.Combine(options.ModelPath, ModelFiles.LevelModel));
        _topicScorer = LinearScorer.TryCreate(_topic.Model);
        _levelScorer = LinearScorer.TryCreate(_level.Model);
        _engines = new DefaultObjectPool<Engines>(new EnginesPolicy(this), Math.Max(2, Environment.ProcessorCount * 2));
        _routing = routing ?? RoutingTable.LoadDefault();
        _threshold = options.ConfidenceThreshold;
        ModelPath = options.ModelPath;
    }

    private RoutingClassifier(RoutingClassifier models, RoutingTable routing)
    {
        _ml = models._ml;
        _topic = models._topic;
        _level = models._level;
        _topicScorer = models._topicScorer;
        _levelScorer = models._levelScorer;
        _engines = new DefaultObjectPool<Engines>(new EnginesPolicy(this), Math.Max(2, Environment.ProcessorCount * 2));
        _routing = routing;
        _threshold = models._threshold;
        ModelPath = models.ModelPath;
    }

    /// <summary>The same loaded models with another routing table (after an administrator edited the rules).</summary>
    public RoutingClassifier WithRouting(RoutingTable routing)
    {
        ArgumentNullException.ThrowIfNull(routing);
        return new RoutingClassifier(this, routing);
    }

    /// <summary>The directory the models were loaded from.</summary>
    public string ModelPath { get; }

    public IReadOnlyList<string> Topics => _topic.Classes;

    public RoutingTable Routing => _routing;

    public float ConfidenceThreshold => _threshold;

    /// <summary>True when both models are maximum-entropy and scored directly from their weights (the fast path).</summary>
    public bool UsesLinearScorers => _topicScorer is not null && _levelScorer is not null;

    public RoutingResult Classify(string text)
    {
        if (_topicScorer is not null && _levelScorer is not null)
        {
            var features = PetitionFeaturizer.ForCurrentThread().Featurize(text, out var foldedText);
            Span<float> topicScores = stackalloc float[_topicScorer.ClassCount];
            Span<float> levelScores = stackalloc float[_levelScorer.ClassCount];
            _topicScorer.Score(features, topicScores);
            _levelScorer.Score(features, levelScores);
            return Result(text, foldedText, TopTwoLabels.Of(_topic.Classes, topicScores), TopTwoLabels.Of(_level.Classes, levelScores));
        }

        return ClassifyWithEngines(text);
    }

    /// <summary>Scores through pooled PredictionEngines; used for models that are not maximum-entropy.</summary>
    internal RoutingResult ClassifyWithEngines(string text)
    {
        var engines = _engines.Get();
        TopTwoLabels topic, level;
        string folded;
        try
        {
            engines.Input.Features = PetitionFeaturizer.ForCurrentThread().Featurize(text, out folded);
            engines.Topic.Predict(engines.Input, ref engines.TopicOutput);
            engines.Level.Predict(engines.Input, ref engines.LevelOutput);
            topic = TopTwoLabels.Of(_topic.Classes, engines.TopicOutput.Score);
            level = TopTwoLabels.Of(_level.Classes, engines.LevelOutput.Score);
        }
        finally
        {
            engines.Input.Features = default;
            _engines.Return(engines);
        }

        return Result(text, folded, topic, level);
    }

    /// <summary>
    /// Batch path. With maximum-entropy models: one featurizer and one score buffer per range of the batch, ranges
    /// spread over the cores the process may use (batches of <see cref="ParallelBatchSize"/> or more). Otherwise
    /// featurize every text, then one Transform per model over the batch as an IDataView.
    /// </summary>
    public IReadOnlyList<RoutingResult> ClassifyAll(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var list = texts as IReadOnlyList<string> ?? texts.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        if (_topicScorer is not null && _levelScorer is not null)
        {
            var results = new RoutingResult[list.Count];
            if (Environment.ProcessorCount > 1 && list.Count >= ParallelBatchSize)
            {
                // Ranges of the batch on the cores the process may use (one under taskset -c 0, as the bench runs).
                Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, list.Count, ParallelBatchSize / 2), range =>
                    ScoreRange(list, results, range.Item1, range.Item2));
            }
            else
            {
                ScoreRange(list, results, 0, list.Count);
            }

            return results;
        }

        return ClassifyAllWithDataView(list);
    }

    /// <summary>Batches at least this large are split across cores when the process has more than one.</summary>
    public const int ParallelBatchSize = 256;

    private void ScoreRange(IReadOnlyList<string> list, RoutingResult[] results, int from, int to)
    {
        var featurizer = PetitionFeaturizer.ForCurrentThread();
        Span<float> topicScores = stackalloc float[_topicScorer!.ClassCount];
        Span<float> levelScores = stackalloc float[_levelScorer!.ClassCount];
        for (var i = from; i < to; i++)
        {
            var features = featurizer.Featurize(list[i], out var foldedText);
            _topicScorer.Score(features, topicScores);
            _levelScorer.Score(features, levelScores);
            results[i] = Result(list[i], foldedText, TopTwoLabels.Of(_topic.Classes, topicScores), TopTwoLabels.Of(_level.Classes, levelScores));
        }
    }

    internal IReadOnlyList<RoutingResult> ClassifyAllWithDataView(IReadOnlyList<string> list)
    {
        if (list.Count == 0)
        {
            return [];
        }

        var featurizer = PetitionFeaturizer.ForCurrentThread();
        var rows = new PetitionFeatures[list.Count];
        var folded = new string[list.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new PetitionFeatures { Features = featurizer.Featurize(list[i], out folded[i], copy: true) };
        }

        var view = _ml.Data.LoadFromEnumerable(rows);
        var topics = ScoreAll(_topic, view, rows.Length);
        var levels = ScoreAll(_level, view, rows.Length);
        var batch = new RoutingResult[rows.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = Result(list[i], folded[i], topics[i], levels[i]);
        }

        return batch;
    }

    private static TopTwoLabels[] ScoreAll(LoadedModel model, IDataView view, int count)
    {
        var scored = model.Model.Transform(view);
        var column = scored.Schema["Score"];
        var best = new TopTwoLabels[count];
        var scores = default(VBuffer<float>);
        var dense = new float[model.Classes.Count];
        using var cursor = scored.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var i = 0;
        while (cursor.MoveNext())
        {
            getter(ref scores);
            scores.CopyTo(dense);
            best[i++] = TopTwoLabels.Of(model.Classes, dense);
        }

        return best;
    }

    private RoutingResult Result(string text, string folded, TopTwoLabels topic, TopTwoLabels level)
    {
        var route = _routing.Route(new RoutingQuery(text, topic.Label, level.Label, topic.Second, level.Second)
        {
            FoldedText = folded,
            TopicConfidence = topic.Confidence,
            SecondTopicConfidence = topic.SecondConfidence,
            LevelConfidence = level.Confidence,
            SecondLevelConfidence = level.SecondConfidence,
        });
        var alternatives = new AgencyRef[route.Alternatives.Count];
        for (var i = 0; i < alternatives.Length; i++)
        {
            alternatives[i] = ToRef(route.Alternatives[i]);
        }

        return new RoutingResult(
            topic.Label,
            topic.Confidence,
            level.Label,
            level.Confidence,
            ToRef(route.Agency),
            alternatives,
            topic.Confidence < _threshold);
    }

    private static AgencyRef ToRef(Agency agency) => new(agency.Code, agency.Name);

    /// <summary>The two engines one caller needs, with reusable input and outputs.</summary>
    private sealed class Engines(RoutingClassifier owner)
    {
        public readonly PredictionEngine<PetitionFeatures, LabelPrediction> Topic =
            owner._ml.Model.CreatePredictionEngine<PetitionFeatures, LabelPrediction>(owner._topic.Model);

        public readonly PredictionEngine<PetitionFeatures, LabelPrediction> Level =
            owner._ml.Model.CreatePredictionEngine<PetitionFeatures, LabelPrediction>(owner._level.Model);

        public readonly PetitionFeatures Input = new();
        public LabelPrediction TopicOutput = new();
        public LabelPrediction LevelOutput = new();
    }

    private sealed class EnginesPolicy(RoutingClassifier owner) : IPooledObjectPolicy<Engines>
    {
        public Engines Create() => new(owner);

        public bool Return(Engines obj) => true;
    }
}
