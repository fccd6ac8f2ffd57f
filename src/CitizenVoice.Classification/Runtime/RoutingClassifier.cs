using CitizenVoice.Classification.Routing;
using CitizenVoice.Classification.Training;
using Microsoft.ML;

namespace CitizenVoice.Classification.Runtime;

/// <summary>
/// Predicts topic and competence level with the trained models and routes to an agency with the routing table.
/// Loads the model zips once; safe to share as a singleton across threads.
/// </summary>
public sealed class RoutingClassifier
{
    private readonly PooledModel _topic;
    private readonly PooledModel _level;
    private readonly RoutingTable _routing;
    private readonly float _threshold;

    public RoutingClassifier(ClassifierOptions options, RoutingTable? routing = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ml = new MLContext(ModelTrainer.DefaultSeed);
        _topic = new PooledModel(ml, Path.Combine(options.ModelPath, ModelFiles.TopicModel));
        _level = new PooledModel(ml, Path.Combine(options.ModelPath, ModelFiles.LevelModel));
        _routing = routing ?? RoutingTable.LoadDefault();
        _threshold = options.ConfidenceThreshold;
    }

    public IReadOnlyList<string> Topics => _topic.Classes;

    public RoutingTable Routing => _routing;

    public RoutingResult Classify(string text)
    {
        var input = PetitionText.From(text);
        var topic = Best(_topic, _topic.Predict(input));
        var level = Best(_level, _level.Predict(input));
        var route = _routing.Route(new RoutingQuery(text, topic.Label, level.Label, topic.Second, level.Second) { FoldedText = input.Folded });
        return new RoutingResult(
            topic.Label,
            topic.Confidence,
            level.Label,
            level.Confidence,
            ToRef(route.Agency),
            route.Alternatives.Select(ToRef).ToList(),
            topic.Confidence < _threshold);
    }

    public IReadOnlyList<RoutingResult> ClassifyAll(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Select(Classify).ToList();
    }

    private static AgencyRef ToRef(Agency agency) => new(agency.Code, agency.Name);

    private static (string Label, float Confidence, string? Second) Best(PooledModel model, LabelPrediction prediction)
    {
        var scores = prediction.Score;
        int first = -1, second = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (first < 0 || scores[i] > scores[first])
            {
                second = first;
                first = i;
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }

        // Averaged-perceptron OVA scores are margins, not probabilities; squash so confidence stays in [0, 1].
        var sum = scores.Sum();
        var confidence = first < 0 ? 0f : scores[first] is >= 0 and <= 1 && sum is > 0.99f and < 1.01f ? scores[first] : Sigmoid(scores[first]);
        return (first < 0 ? prediction.PredictedLabel : model.Classes[first], confidence, second < 0 ? null : model.Classes[second]);
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
}
