namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Groups voter opinions that raise the same issue, so that the compiler of a session report starts from proposed
/// consolidated items instead of reading every opinion (NQLT 72/2025: merge identical opinions across meetings).
/// </summary>
/// <remarks>
/// Each opinion becomes a TF-IDF vector of folded syllables and syllable pairs, without place names and petition
/// framing. Opinions whose cosine similarity reaches the threshold are linked; clusters are the connected groups.
/// Candidate pairs come from an inverted index over each vector's prefix of rarest features, cut where the rest of
/// the vector can no longer reach the threshold, so no qualifying pair is missed and common words never fan out.
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
        var sets = Link(inputs, vectors, (float)_options.SimilarityThreshold, parallel);
        return Summarise(inputs, vectors, sets, parallel);
    }

    private static ConcurrentUnionFind Link(IReadOnlyList<ClusterInput> inputs, OpinionVectors vectors, float threshold, ParallelOptions parallel)
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

        var index = new PrefixIndex(vectors, block, threshold);
        var sets = new ConcurrentUnionFind(n);
        Parallel.For(0, n, parallel, () => new int[n], (i, _, seen) =>
        {
            // seen[j] == i + 1 marks j as already compared with i (several prefix features may share it).
            var features = vectors.Features(i);
            for (var k = 0; k < index.PrefixLength(i); k++)
            {
                foreach (var j in index.Posting(block[i], features[k]))
                {
                    // Postings are in input order: later opinions are compared when their own turn comes.
                    if (j >= i)
                    {
                        break;
                    }

                    if (seen[j] == i + 1)
                    {
                        continue;
                    }

                    seen[j] = i + 1;
                    if (!sets.Same(i, j) && vectors.Dot(i, j) >= threshold)
                    {
                        sets.Union(i, j);
                    }
                }
            }

            return seen;
        }, _ => { });
        return sets;
    }

    private static OpinionCluster[] Summarise(IReadOnlyList<ClusterInput> inputs, OpinionVectors vectors, ConcurrentUnionFind sets, ParallelOptions parallel)
    {
        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var root = sets.Find(i);
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
        var best = members[0];
        var bestScore = double.NegativeInfinity;
        foreach (var i in members)
        {
            var score = vectors.DotDense(i, sum);
            squared += score;
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
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
