namespace CitizenVoice.Classification.Routing;

/// <summary>
/// What the router knows about a petition: its text and the model's best (and runner-up) topic and level. The
/// runner-ups only feed the alternatives. Province is detected from the text when not given.
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
}
