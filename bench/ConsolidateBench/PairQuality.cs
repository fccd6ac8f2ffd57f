namespace ConsolidateBench;

/// <summary>Pairwise precision and recall of a partition against true labels, from the contingency counts.</summary>
internal static class PairQuality
{
    public static (double Precision, double Recall) Score(IEnumerable<IEnumerable<Guid>> clusters, IReadOnlyDictionary<Guid, int> truth)
    {
        double together = 0, correct = 0;
        foreach (var cluster in clusters)
        {
            var labels = cluster.Select(id => truth[id]).ToList();
            together += Pairs(labels.Count);
            correct += labels.GroupBy(l => l).Sum(g => Pairs(g.Count()));
        }

        var truePairs = truth.Values.GroupBy(l => l).Sum(g => Pairs(g.Count()));
        return (together == 0 ? 1 : correct / together, truePairs == 0 ? 1 : correct / truePairs);
    }

    private static double Pairs(int n) => n * (n - 1) / 2.0;
}
