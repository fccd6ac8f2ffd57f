using CitizenVoice.Classification.Evaluation;

namespace CitizenVoice.Classification.Training;

/// <summary>Grouped five-fold figures of one trainer: each fold, their means, and the confusions summed over the folds.</summary>
public sealed record CrossValidationResult(
    string Trainer,
    IReadOnlyList<FoldScore> Folds,
    double TopicMacroF1,
    double LevelAccuracy,
    double AgencyTop1,
    double AgencyTop3,
    IReadOnlyList<Confusion> TopicConfusions,
    IReadOnlyList<Confusion> LevelConfusions,
    IReadOnlyList<TriageBand> Triage);
