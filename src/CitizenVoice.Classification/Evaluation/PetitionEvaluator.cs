using CitizenVoice.Classification.Runtime;
using CitizenVoice.Classification.Training;

namespace CitizenVoice.Classification.Evaluation;

/// <summary>
/// Scores the classifier against labelled petitions. A level label "dia-phuong" matches a predicted tinh or xa;
/// agency labels match as AgencyDirectory.Matches says (UBND-X by any commune-level office).
/// </summary>
public static class PetitionEvaluator
{
    public static EvaluationResult Evaluate(RoutingClassifier classifier, IReadOnlyList<LabelledPetition> items)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(items);
        var results = items.Select(i => classifier.Classify(i.Text)).ToList();
        var topic = new ClassificationReport(items.Select((i, n) => (i.Topic, results[n].Topic)));

        var levelPairs = items.Select((i, n) => (Label: i.Level, Predicted: results[n].Level)).ToList();
        var levelAccuracy = items.Count == 0 ? 0 : levelPairs.Count(p => CompetenceLevel.Matches(p.Predicted, p.Label)) / (double)items.Count;
        var centralOrLocal = items.Count == 0 ? 0 : levelPairs.Count(p => (p.Predicted == CompetenceLevel.Central) == (p.Label == CompetenceLevel.Central)) / (double)items.Count;
        var levelConfusions = levelPairs.Where(p => !CompetenceLevel.Matches(p.Predicted, p.Label))
            .GroupBy(p => (p.Label, p.Predicted))
            .Select(g => new Confusion(g.Key.Label, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Count)
            .ToList();

        var agencies = classifier.Routing.Agencies;
        // Per item: whether the first agency matches its label (null without a label); top-1 and triage both read it.
        var firstAgencyRight = items.Select((i, n) => string.IsNullOrEmpty(i.Agency) ? (bool?)null : agencies.Matches(results[n].Agency.Code, i.Agency)).ToList();
        var labelled = items.Select((i, n) => (i.Agency, Result: results[n])).Where(x => !string.IsNullOrEmpty(x.Agency)).ToList();
        var top1 = firstAgencyRight.Count(right => right == true);
        var top3 = labelled.Count(x => new[] { x.Result.Agency }.Concat(x.Result.Alternatives).Any(a => agencies.Matches(a.Code, x.Agency!)));
        var triage = TriageBand.For(items.Select((i, n) => (results[n].TopicConfidence, results[n].Topic == i.Topic, firstAgencyRight[n])).ToList());
        return new EvaluationResult(
            items.Count,
            topic,
            levelAccuracy,
            centralOrLocal,
            levelConfusions,
            labelled.Count,
            labelled.Count == 0 ? 0 : top1 / (double)labelled.Count,
            labelled.Count == 0 ? 0 : top3 / (double)labelled.Count,
            triage);
    }
}
