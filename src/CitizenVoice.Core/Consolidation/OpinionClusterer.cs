namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Groups voter opinions that raise the same issue, so that the compiler of a session report starts from proposed
/// consolidated items instead of reading every opinion (NQLT 72/2025: merge identical opinions across meetings).
/// </summary>
/// <remarks>
/// Each opinion becomes a TF-IDF vector of folded syllables and syllable pairs, without place names and petition
/// framing, with names and numbers weighed up. Opinions join the cluster whose centroid they resemble most, once the
/// cosine similarity reaches the threshold (<see cref="CentroidAssigner"/>); candidate clusters come from an inverted
/// index over each vector's rarest features, so common words never fan out and no step compares all pairs.
/// </remarks>
public sealed class OpinionClusterer(OpinionClustererOptions? options = null)
{
    private readonly OpinionClustererOptions _options = options ?? new OpinionClustererOptions();

    /// <summary>
    /// Every input lands in exactly one cluster. Clusters come largest first, ties in the input order of their first
    /// member; the same input always gives the same output.
    /// </summary>
    public IReadOnlyList<OpinionCluster> Cluster(IReadOnlyList<ClusterInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return [];
        }

        if (_options.SimilarityThreshold is <= 0 or > 1)
        {
            throw new InvalidOperationException("SimilarityThreshold must be in (0, 1].");
        }

        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism ?? -1,
        };
        var vectors = OpinionVectors.Build(inputs, new OpinionTokenizer(_options.PlaceNames), parallel);
        var labels = Assign(inputs, vectors, (float)_options.SimilarityThreshold, parallel);
        return Summarise(inputs, vectors, labels, parallel);
    }

    private static int[] Assign(IReadOnlyList<ClusterInput> inputs, OpinionVectors vectors, float threshold, ParallelOptions parallel)
    {
        var n = inputs.Count;
        var blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var block = new int[n];
        for (var i = 0; i < n; i++)
        {
            var topic = inputs[i].TopicCode ?? string.Empty;
            if (!blocks.TryGetValue(topic, out block[i]))
            {
                block[i] = blocks.Count;
                blocks.Add(topic, block[i]);
            }
        }

        return new CentroidAssigner(vectors, new PrefixIndex(vectors, block, threshold), block, threshold).Assign(parallel);
    }

    private static OpinionCluster[] Summarise(IReadOnlyList<ClusterInput> inputs, OpinionVectors vectors, int[] labels, ParallelOptions parallel)
    {
        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var root = labels[i];
            if (!groups.TryGetValue(root, out var members))
            {
                members = [];
                groups.Add(root, members);
            }

            members.Add(i);
        }

        var ordered = groups.Values.OrderByDescending(g => g.Count).ThenBy(g => g[0]).ToArray();
        var clusters = new OpinionCluster[ordered.Length];
        Parallel.For(0, ordered.Length, parallel, () => new float[vectors.FeatureCount], (c, _, sum) =>
        {
            clusters[c] = Describe(inputs, vectors, ordered[c], sum);
            return sum;
        }, _ => { });
        return clusters;
    }

    private static bool HasDiacritics(string? text) => text is not null && text.Any(c => c > '\u007f' && char.IsLetter(c));

    // With unit vectors x_i and S = Σ x_i, Σ_{i≠j} x_i·x_j = |S|² − m, so the mean pairwise similarity and each
    // member's mean similarity to the others, (x_i·S − 1)/(m − 1), cost one pass instead of m² dot products.
    private static OpinionCluster Describe(IReadOnlyList<ClusterInput> inputs, OpinionVectors vectors, List<int> members, float[] sum)
    {
        var ids = members.Select(i => inputs[i].Id).ToArray();
        var communes = members.Select(i => inputs[i].CommuneCode).Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal).Count();
        if (members.Count == 1)
        {
            return new OpinionCluster(ids, ids[0], 1.0, communes);
        }

        foreach (var i in members)
        {
            vectors.AddTo(i, sum);
        }

        // |S|² = Σ x_i·S, and the member with the largest x_i·S is the most typical one.
        double squared = 0;
        // Folded, a copy typed without diacritics is as typical as the original; the report should quote the latter.
        var best = members[0];
        var bestScore = double.NegativeInfinity;
        var bestAccented = false;
        foreach (var i in members)
        {
            var score = vectors.DotDense(i, sum);
            squared += score;
            var accented = HasDiacritics(inputs[i].Text);
            if ((accented && !bestAccented) || (accented == bestAccented && score > bestScore))
            {
                bestScore = score;
                best = i;
                bestAccented = accented;
            }
        }

        foreach (var i in members)
        {
            vectors.Clear(i, sum);
        }

        var m = members.Count;
        var mean = Math.Clamp((squared - m) / ((double)m * (m - 1)), 0, 1);
        return new OpinionCluster(ids, inputs[best].Id, mean, communes);
    }
}
