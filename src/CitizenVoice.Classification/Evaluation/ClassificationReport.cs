namespace CitizenVoice.Classification.Evaluation;

/// <summary>Per-class precision/recall/F1, accuracy, macro-F1 and the most frequent confusions of one labelling.</summary>
public sealed class ClassificationReport
{
    public ClassificationReport(IEnumerable<(string Label, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToList();
        Count = list.Count;
        Accuracy = list.Count == 0 ? 0 : list.Count(p => p.Label == p.Predicted) / (double)list.Count;
        var labels = list.Select(p => p.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        Classes = labels.Select(label =>
        {
            var tp = list.Count(p => p.Label == label && p.Predicted == label);
            var predicted = list.Count(p => p.Predicted == label);
            var actual = list.Count(p => p.Label == label);
            var precision = predicted == 0 ? 0 : tp / (double)predicted;
            var recall = actual == 0 ? 0 : tp / (double)actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new ClassScore(label, actual, precision, recall, f1);
        }).ToList();

        // Macro average over the classes present in the labels, as the target is defined.
        MacroF1 = Classes.Count == 0 ? 0 : Classes.Average(c => c.F1);
        MacroRecall = Classes.Count == 0 ? 0 : Classes.Average(c => c.Recall);
        Confusions = list.Where(p => p.Label != p.Predicted)
            .GroupBy(p => (p.Label, p.Predicted))
            .Select(g => new Confusion(g.Key.Label, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();
    }

    public int Count { get; }

    public double Accuracy { get; }

    public double MacroF1 { get; }

    /// <summary>Mean per-class recall ("macro accuracy" in ML.NET terms).</summary>
    public double MacroRecall { get; }

    public IReadOnlyList<ClassScore> Classes { get; }

    public IReadOnlyList<Confusion> Confusions { get; }
}

public sealed record ClassScore(string Label, int Support, double Precision, double Recall, double F1);

public sealed record Confusion(string Label, string Predicted, int Count);
