namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Inverted index over each opinion's prefix: its rarest features up to the point where the remaining ones have a
/// norm below the threshold. By Cauchy–Schwarz two unit vectors with cosine ≥ t must then share a prefix feature
/// (with one global feature order, the shorter prefix's boundary lies within the other's), so probing prefixes
/// finds every qualifying pair while the long lists of common words are never indexed.
/// </summary>
internal sealed class PrefixIndex
{
    private const int DocumentBits = 24;
    private const int FeatureBits = 26;

    private readonly int[] _prefixLength;
    private readonly Dictionary<ulong, (int Start, int Length)> _postings = [];
    private readonly int[] _documents;

    public PrefixIndex(OpinionVectors vectors, int[] block, float threshold)
    {
        var n = block.Length;
        if (n >= 1 << DocumentBits)
        {
            throw new ArgumentOutOfRangeException(nameof(block), "Too many opinions for one clustering run.");
        }

        if (vectors.FeatureCount >= 1 << FeatureBits)
        {
            throw new ArgumentOutOfRangeException(nameof(vectors), "Too many distinct words for one clustering run.");
        }

        // A little below t² so that rounding never shortens a prefix below what the bound needs.
        var limit = threshold * threshold * 0.999f;
        _prefixLength = new int[n];
        var entries = new List<ulong>();
        for (var i = 0; i < n; i++)
        {
            var features = vectors.Features(i);
            var weights = vectors.Weights(i);
            var rest = 0f;
            foreach (var w in weights)
            {
                rest += w * w;
            }

            var p = 0;
            while (p < features.Length && rest >= limit)
            {
                rest -= weights[p] * weights[p];
                // A feature of one opinion only can never pair it with another.
                if (vectors.DocumentFrequency[features[p]] > 1)
                {
                    entries.Add((Key(block[i], features[p]) << DocumentBits) | (uint)i);
                }

                p++;
            }

            _prefixLength[i] = p;
        }

        var sorted = entries.ToArray();
        Array.Sort(sorted);
        _documents = new int[sorted.Length];
        var mask = (1UL << DocumentBits) - 1;
        for (var e = 0; e < sorted.Length; e++)
        {
            _documents[e] = (int)(sorted[e] & mask);
            var key = sorted[e] >> DocumentBits;
            if (e == 0 || sorted[e - 1] >> DocumentBits != key)
            {
                _postings.Add(key, (e, 0));
            }

            var (start, length) = _postings[key];
            _postings[key] = (start, length + 1);
        }
    }

    public int PrefixLength(int doc) => _prefixLength[doc];

    /// <summary>Opinions of the block with this feature in their prefix, in input order.</summary>
    public ReadOnlySpan<int> Posting(int block, int feature) =>
        _postings.TryGetValue(Key(block, feature), out var range) ? _documents.AsSpan(range.Start, range.Length) : [];

    private static ulong Key(int block, int feature) => ((ulong)block << FeatureBits) | (uint)feature;
}
