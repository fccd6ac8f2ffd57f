namespace CitizenVoice.Core.Routing;

/// <summary>
/// Suggests topic, competence level and agency for a petition or voter opinion. Implemented by the ML.NET
/// classifier in CitizenVoice.Classification; thread-safe, models loaded once per process.
/// </summary>
public interface IRoutingClassifier
{
    /// <summary>Suggestion for one text (title and content joined, or an opinion's text).</summary>
    RoutingSuggestion Suggest(string text);

    /// <summary>Suggestions for many texts, in input order (faster than one by one).</summary>
    IReadOnlyList<RoutingSuggestion> SuggestAll(IReadOnlyList<string> texts);
}
