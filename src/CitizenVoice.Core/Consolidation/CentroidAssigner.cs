namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Leader clustering against centroids: in input order, each opinion joins the cluster whose centroid it is most
/// similar to, when that reaches the threshold, or starts a new one. (A second pass moving every opinion to its best
/// final centroid changed pairwise precision and recall by less than 0.005 on the benchmark, for a third more time.)
/// Comparing with centroids rather than with single opinions keeps chains of pairwise look-alikes (same
/// complaint about another road, same road with another complaint) from merging distinct issues.
/// </summary>
/// <remarks>
/// Candidate clusters are those of the most recent opinions sharing a prefix feature (see <see cref="PrefixIndex"/>).
/// Opinions are taken in batches: candidates are scored in parallel against the centroids as they stood at the start
/// of the batch, then joined one by one, re-scored against the current centroids; so the result never depends on
/// the number of threads.
/// </remarks>
internal sealed class CentroidAssigner(OpinionVectors vectors, PrefixIndex index, int[] block, float threshold)
{
    private const int BatchSize = 512;

    // Clusters tried: those of the latest few opinions sharing one of the rarest few features. Rare features (a
    // name, a number, a specific phrase) are shared almost only by the same issue, so a few suffice; more only
    // multiplies centroid look-ups (measured with bench/consolidate.sh).
    private const int RecentPerFeature = 8;
    private const int ProbedFeatures = 10;

    private readonly List<Centroid> _centroids = [];

    public int[] Assign(ParallelOptions parallel)
    {
        var n = block.Length;
        var label = new int[n];
        Array.Fill(label, -1);
        var frozenBest = new int[BatchSize];
        // One candidate set per thread for the whole run: a set per batch would allocate n flags n / BatchSize times.
        using var sets = new ThreadLocal<Candidates>(() => new Candidates(n));
        var local = new Candidates(n);
        for (var start = 0; start < n; start += BatchSize)
        {
            parallel.CancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(n, start + BatchSize);
            var first = start;
            Parallel.For(first, end, parallel, i =>
            {
                var candidates = sets.Value!;
                candidates.Clear();
                Collect(i, 0, first, label, candidates);
                frozenBest[i - first] = Best(i, candidates).Cluster;
            });

            for (var i = start; i < end; i++)
            {
                local.Clear();
                if (frozenBest[i - start] >= 0)
                {
                    local.Add(frozenBest[i - start]);
                }

                Collect(i, start, i, label, local);
                var (cluster, similarity) = Best(i, local);
                if (cluster < 0 || similarity < threshold)
                {
                    cluster = _centroids.Count;
                    _centroids.Add(new Centroid());
                }

                _centroids[cluster].Add(vectors, i);
                label[i] = cluster;
            }
        }

        return label;
    }

    /// <summary>Clusters of the latest opinions in [from, to) that share a prefix feature with opinion i.</summary>
    private void Collect(int i, int from, int to, int[] label, Candidates candidates)
    {
        var features = vectors.Features(i);
        var probed = 0;
        for (var k = 0; k < index.PrefixLength(i) && probed < ProbedFeatures; k++)
        {
            var posting = index.Posting(block[i], features[k]);
            if (posting.Length == 0)
            {
                continue;
            }

            probed++;
            var stop = LowerBound(posting, to);
            var begin = Math.Max(LowerBound(posting, from), stop - RecentPerFeature);
            for (var p = begin; p < stop; p++)
            {
                var j = posting[p];
                if (j != i && label[j] >= 0)
                {
                    candidates.Add(label[j]);
                }
            }
        }
    }

    private (int Cluster, float Similarity) Best(int i, Candidates candidates)
    {
        var best = -1;
        var bestSimilarity = float.NegativeInfinity;
        foreach (var c in candidates.Items)
        {
            var s = _centroids[c].Similarity(vectors, i);
            if (s > bestSimilarity || (s == bestSimilarity && c < best))
            {
                best = c;
                bestSimilarity = s;
            }
        }

        return (best, bestSimilarity);
    }

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        var at = sorted.BinarySearch(value);
        return at < 0 ? ~at : at;
    }

    /// <summary>A small set of cluster ids, cleared in time proportional to its size.</summary>
    private sealed class Candidates(int capacity)
    {
        private readonly bool[] _seen = new bool[capacity];

        public List<int> Items { get; } = [];

        public void Add(int cluster)
        {
            if (!_seen[cluster])
            {
                _seen[cluster] = true;
                Items.Add(cluster);
            }
        }

        public void Clear()
        {
            foreach (var c in Items)
            {
                _seen[c] = false;
            }

            Items.Clear();
        }
    }
}
