namespace CitizenVoice.Classification.Evaluation;

/// <summary>
/// What one confidence threshold would do with the evaluated items: the share sent to manual triage (topic confidence
/// below the threshold) and how often the suggestion of the items left to the classifier is right.
/// </summary>
public sealed record TriageBand(double Threshold, double ManualShare, double AutoTopicAccuracy, double AutoAgencyTop1)
{
    /// <summary>Thresholds the evaluation reports; the configured default (0.5) is among them.</summary>
    public static IReadOnlyList<double> Thresholds { get; } = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    /// <param name="items">Per item: its topic confidence, whether the topic is right, and whether the first agency is
    /// right (null when the item has no agency label).</param>
    public static IReadOnlyList<TriageBand> For(IReadOnlyList<(float Confidence, bool TopicRight, bool? AgencyRight)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Thresholds.Select(t =>
        {
            var auto = items.Where(i => i.Confidence >= t).ToList();
            var labelled = auto.Where(i => i.AgencyRight is not null).ToList();
            return new TriageBand(
                t,
                items.Count == 0 ? 0 : Math.Round(1 - (auto.Count / (double)items.Count), 4),
                auto.Count == 0 ? 0 : Math.Round(auto.Count(i => i.TopicRight) / (double)auto.Count, 4),
                labelled.Count == 0 ? 0 : Math.Round(labelled.Count(i => i.AgencyRight == true) / (double)labelled.Count, 4));
        }).ToList();
    }

    /// <summary>The mean of several evaluations' bands, threshold by threshold (the folds of a cross-validation).</summary>
    public static IReadOnlyList<TriageBand> Mean(IReadOnlyList<IReadOnlyList<TriageBand>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Thresholds.Select((t, i) => new TriageBand(
            t,
            Math.Round(runs.Average(r => r[i].ManualShare), 4),
            Math.Round(runs.Average(r => r[i].AutoTopicAccuracy), 4),
            Math.Round(runs.Average(r => r[i].AutoAgencyTop1), 4))).ToList();
    }
}
