using System.Text.Json;

namespace CitizenVoice.Classification.Training;

/// <summary>What `train` writes to petition-topic.metrics.json (and a model version's MetricsJson holds).</summary>
public sealed record ModelMetrics
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The metrics in <paramref name="json"/>, or null when it is not a metrics document.</summary>
    public static ModelMetrics? TryParse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelMetrics>(json, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public required DateTimeOffset TrainedAt { get; init; }

    public required int RowCount { get; init; }

    public required string DataSha256 { get; init; }

    public required int Seed { get; init; }

    public required string HeldOutSplit { get; init; }

    public required int HeldOutRowCount { get; init; }

    public required string ChosenTrainer { get; init; }

    /// <summary>The feature column and how it is computed ("HashedFeaturesV2: …").</summary>
    public string? Featurizer { get; init; }

    /// <summary>True when the models read the features this build computes, so they can be loaded and scored.</summary>
    public bool ReadsCurrentFeatures() => Featurizer?.StartsWith(Text.PetitionFeaturizer.ColumnName + ":", StringComparison.Ordinal) == true;

    /// <summary>True when <paramref name="json"/> (a model version's MetricsJson) is metrics of models this build can score.</summary>
    public static bool JsonReadsCurrentFeatures(string json) => TryParse(json)?.ReadsCurrentFeatures() == true;

    public required IReadOnlyList<TrainerScore> TrainerComparison { get; init; }

    public required TaskMetrics Topic { get; init; }

    public required TaskMetrics Level { get; init; }

    /// <summary>Level and agency figures of the whole classifier (held-out models + routing table) on the held-out rows.</summary>
    public RoutingMetrics? HeldOutRouting { get; init; }
}

/// <summary>Held-out figures of the classifier end to end; agency matches as AgencyDirectory.Matches says.</summary>
public sealed record RoutingMetrics(double LevelAccuracy, double AgencyTop1, double AgencyTop3, IReadOnlyList<Evaluation.Confusion> LevelConfusions);

/// <summary>Held-out figures of one trainer on one task.</summary>
public sealed record TrainerScore(string Task, string Trainer, double MacroAccuracy, double MicroAccuracy, double MacroF1, double LogLoss, double TrainSeconds);

/// <summary>Held-out figures of the chosen model for one task.</summary>
public sealed record TaskMetrics(
    double MacroAccuracy,
    double MicroAccuracy,
    double MacroF1,
    double LogLoss,
    IReadOnlyDictionary<string, double> PerClassLogLoss,
    IReadOnlyList<Evaluation.Confusion> TopConfusions);
