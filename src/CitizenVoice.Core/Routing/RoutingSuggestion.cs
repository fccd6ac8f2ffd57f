namespace CitizenVoice.Core.Routing;

/// <summary>
/// What the classifier proposes for one text: topic (a code of taxonomy/topics.csv), competence level
/// (<see cref="CompetenceLevels"/>), the responsible agency type (a code of agencies.csv) and up to two alternatives.
/// </summary>
public sealed record RoutingSuggestion(
    string TopicCode,
    float TopicConfidence,
    string Level,
    float LevelConfidence,
    AgencyChoice Agency,
    IReadOnlyList<AgencyChoice> Alternatives,
    bool NeedsManualTriage);
