namespace CitizenVoice.Classification.Evaluation;

/// <summary>Figures of one evaluation run over labelled petitions.</summary>
public sealed record EvaluationResult(
    int Count,
    ClassificationReport Topic,
    double LevelAccuracy,
    IReadOnlyList<Confusion> LevelConfusions,
    int AgencyLabelled,
    double AgencyTop1,
    double AgencyTop3,
    IReadOnlyList<TriageBand> Triage);
