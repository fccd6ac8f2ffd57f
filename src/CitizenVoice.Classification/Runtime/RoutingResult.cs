namespace CitizenVoice.Classification.Runtime;

/// <summary>The classifier's answer for one petition.</summary>
public sealed record RoutingResult(
    string Topic,
    float TopicConfidence,
    string Level,
    float LevelConfidence,
    AgencyRef Agency,
    IReadOnlyList<AgencyRef> Alternatives,
    bool NeedsManualTriage);
