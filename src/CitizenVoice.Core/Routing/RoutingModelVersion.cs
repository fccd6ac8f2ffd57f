namespace CitizenVoice.Core.Routing;

/// <summary>
/// One trained candidate of the topic and level models: what it was trained on, its held-out figures, and whether it
/// was promoted. At most one version is <see cref="RoutingModelStatus.Active"/>; with none, the shipped ml-models/
/// files are used. The files live in the model store under <see cref="Location"/>.
/// </summary>
public sealed class RoutingModelVersion
{
    public const int LocationMaxLength = 400;
    public const int DecisionMaxLength = 1000;
    public const int MetricsMaxLength = 100_000;

    public RoutingModelVersion(int version, DateTimeOffset createdAt, int trainedRows, int confirmedLabelCount, string dataSha256,
        double topicMacroF1, double levelAccuracy, string metricsJson, string location, double trainingSeconds,
        string? triggeredByUserId, string? triggeredByName)
    {
        Id = Guid.CreateVersion7(createdAt);
        Version = version;
        CreatedAt = createdAt;
        TrainedRows = trainedRows;
        ConfirmedLabelCount = confirmedLabelCount;
        DataSha256 = dataSha256;
        TopicMacroF1 = topicMacroF1;
        LevelAccuracy = levelAccuracy;
        MetricsJson = metricsJson;
        Location = location;
        TrainingSeconds = trainingSeconds;
        TriggeredByUserId = triggeredByUserId;
        TriggeredByName = triggeredByName;
        Status = RoutingModelStatus.Rejected;
        Decision = "";
    }

    private RoutingModelVersion()
    {
        DataSha256 = MetricsJson = Location = Decision = "";
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3…: the name of the folder and what administrators see.</summary>
    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Rows the final models were fitted on (corpus and confirmed labels, after de-duplication).</summary>
    public int TrainedRows { get; private set; }

    public int ConfirmedLabelCount { get; private set; }

    public string DataSha256 { get; private set; }

    /// <summary>Held-out topic macro-F1 (the trainer's fixed split).</summary>
    public double TopicMacroF1 { get; private set; }

    /// <summary>Held-out level accuracy.</summary>
    public double LevelAccuracy { get; private set; }

    /// <summary>The trainer's metrics file, as written beside the models.</summary>
    public string MetricsJson { get; private set; }

    /// <summary>Folder of the model files, relative to the model store.</summary>
    public string Location { get; private set; }

    public double TrainingSeconds { get; private set; }

    public RoutingModelStatus Status { get; private set; }

    /// <summary>Why it was promoted or rejected, with the figures compared.</summary>
    public string Decision { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    /// <summary>Null for the weekly schedule.</summary>
    public string? TriggeredByUserId { get; private set; }

    public string? TriggeredByName { get; private set; }

    public void Activate(string decision, DateTimeOffset at)
    {
        Status = RoutingModelStatus.Active;
        Decision = Truncate(decision);
        ActivatedAt = at;
    }

    public void Reject(string decision)
    {
        Status = RoutingModelStatus.Rejected;
        Decision = Truncate(decision);
    }

    public void Retire()
    {
        if (Status == RoutingModelStatus.Active)
        {
            Status = RoutingModelStatus.Retired;
        }
    }

    private static string Truncate(string text) => text.Length > DecisionMaxLength ? text[..DecisionMaxLength] : text;
}
