namespace CitizenVoice.Classification.Evaluation;

/// <summary>
/// Figures of one evaluation run over labelled petitions. <see cref="CentralOrLocalAccuracy"/> only asks whether
/// central items were called central and local ones (province or commune) local.
/// </summary>
public sealed record EvaluationResult(
    int Count,
    ClassificationReport Topic,
    double LevelAccuracy,
    double CentralOrLocalAccuracy,
    IReadOnlyList<Confusion> LevelConfusions,
    int AgencyLabelled,
    double AgencyTop1,
    double AgencyTop3,
    IReadOnlyList<TriageBand> Triage);
