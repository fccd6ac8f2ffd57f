using CitizenVoice.Core.Routing;

namespace CitizenVoice.Classification.Runtime;

/// <summary>Core's view of the ML.NET <see cref="RoutingClassifier"/>: always the holder's current one.</summary>
public sealed class RoutingClassifierAdapter(RoutingClassifierHolder holder) : IRoutingClassifier
{
    public RoutingSuggestion Suggest(string text) => ToSuggestion(holder.Current.Classify(text));

    public IReadOnlyList<RoutingSuggestion> SuggestAll(IReadOnlyList<string> texts) =>
        holder.Current.ClassifyAll(texts).Select(ToSuggestion).ToList();

    private static RoutingSuggestion ToSuggestion(RoutingResult r) =>
        new(r.Topic, r.TopicConfidence, r.Level, r.LevelConfidence, new AgencyChoice(r.Agency.Code, r.Agency.Name),
            r.Alternatives.Select(a => new AgencyChoice(a.Code, a.Name)).ToList(), r.NeedsManualTriage);
}
