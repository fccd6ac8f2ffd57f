namespace CitizenVoice.Classification.Routing;

/// <summary>
/// What the router knows about a petition: its text and the model's best (and runner-up) topic and level. The
/// runner-ups only feed the alternatives. Province is detected from the text when not given. With the models'
/// probabilities (all of TopicConfidence and LevelConfidence given), table bodies are ranked by how likely they are
/// to be the answering body; without them by fixed places (predicted row, then the runner-up level's primary).
/// </summary>
public sealed record RoutingQuery(
    string Text,
    string Topic,
    string Level,
    string? SecondTopic = null,
    string? SecondLevel = null,
    string? Province = null)
{
    /// <summary>The text already folded by VietnameseText.FoldForMatching, when the caller has it.</summary>
    public string? FoldedText { get; init; }

    public float? TopicConfidence { get; init; }

    public float? SecondTopicConfidence { get; init; }

    public float? LevelConfidence { get; init; }

    public float? SecondLevelConfidence { get; init; }
}
