namespace CitizenVoice.Classification.Training;

/// <summary>End-to-end figures on one held-out bucket of situations.</summary>
public sealed record FoldScore(int Fold, int Rows, int Situations, double TopicMacroF1, double TopicAccuracy, double LevelAccuracy, double AgencyTop1, double AgencyTop3);
