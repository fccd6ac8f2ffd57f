using System.Runtime.InteropServices;

namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Unit-length TF-IDF vectors of all opinions in one flat store. Features are numbered by rarity (fewest opinions
/// first), and each vector lists its features in that order: the prefix index relies on it.
/// </summary>
internal sealed class OpinionVectors
{
    // Names and numbers (the road, the school, the scheme) and the complaint's wording each get this share of an
    // opinion's weight, whatever their lengths: then neither the same complaint about another road nor another
    // complaint about the same road reaches the similarity of the same complaint about the same road.
    private const double EntityShare = 0.5;

    private readonly int[] _start;
    private readonly int[] _features;
    private readonly float[] _weights;

    private OpinionVectors(int[] start, int[] features, float[] weights, int[] documentFrequency)
    {
        _start = start;
        _features = features;
        _weights = weights;
        DocumentFrequency = documentFrequency;
    }

    public int FeatureCount => DocumentFrequency.Length;

    /// <summary>How many opinions have each feature, by feature number.</summary>
    public int[] DocumentFrequency { get; }

    public static OpinionVectors Build(IReadOnlyList<ClusterInput> inputs, OpinionTokenizer tokenizer, ParallelOptions parallel)
    {
        var n = inputs.Count;
        var tokens = new OpinionToken[n][];
        Parallel.For(0, n, parallel, i => tokens[i] = tokenizer.Learn(inputs[i].Text ?? string.Empty));
        tokenizer.CommitLearnedNames();

        var hashes = new ulong[n][];
        var counts = new int[n][];
        Parallel.For(0, n, parallel, i =>
        {
            var features = tokenizer.Features(tokens[i]);
            features.Sort();
            var distinct = new List<ulong>(features.Count);
            var tf = new List<int>(features.Count);
            foreach (var f in features)
            {
                if (distinct.Count > 0 && distinct[^1] == f)
                {
                    tf[^1]++;
                }
                else
                {
                    distinct.Add(f);
                    tf.Add(1);
                }
            }

            hashes[i] = [.. distinct];
            counts[i] = [.. tf];
            tokens[i] = [];
        });

        var ids = new Dictionary<ulong, int>();
        var df = new List<int>();
        var total = 0;
        var docIds = new int[n][];
        for (var i = 0; i < n; i++)
        {
            total += hashes[i].Length;
            docIds[i] = new int[hashes[i].Length];
            for (var k = 0; k < hashes[i].Length; k++)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, hashes[i][k], out var exists);
                if (!exists)
                {
                    id = df.Count;
                    df.Add(0);
                }

                df[id]++;
                docIds[i][k] = id;
            }
        }

        // Number features rarest first; ties by hash so that the numbering does not depend on input order.
        var byId = new ulong[ids.Count];
        foreach (var (h, id) in ids)
        {
            byId[id] = h;
        }

        var order = Enumerable.Range(0, ids.Count).ToArray();
        Array.Sort(order, (a, b) => df[a] != df[b] ? df[a].CompareTo(df[b]) : byId[a].CompareTo(byId[b]));
        var rank = new int[ids.Count];
        var frequency = new int[ids.Count];
        var entity = new bool[ids.Count];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
            frequency[r] = df[order[r]];
            entity[r] = (byId[order[r]] & OpinionTokenizer.EntityBit) != 0;
        }

        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            start[i + 1] = start[i] + hashes[i].Length;
        }

        var featureStore = new int[total];
        var weightStore = new float[total];
        Parallel.For(0, n, parallel, i =>
        {
            var features = featureStore.AsSpan(start[i], hashes[i].Length);
            var weights = weightStore.AsSpan(start[i], hashes[i].Length);
            for (var k = 0; k < features.Length; k++)
            {
                features[k] = rank[docIds[i][k]];
                weights[k] = counts[i][k];
            }

            features.Sort(weights);
            double named = 0, other = 0;
            for (var k = 0; k < features.Length; k++)
            {
                var tf = weights[k];
                // Smoothed IDF as in scikit-learn: words in every opinion keep a small weight instead of none.
                var idf = Math.Log((1.0 + n) / (1.0 + frequency[features[k]])) + 1.0;
                var w = (1.0 + Math.Log(tf)) * idf;
                weights[k] = (float)w;
                if (entity[features[k]])
                {
                    named += w * w;
                }
                else
                {
                    other += w * w;
                }
            }

            var entityScale = named > 0 && other > 0 ? (float)Math.Sqrt(EntityShare / (1 - EntityShare) * other / named) : 1f;
            double norm = 0;
            for (var k = 0; k < features.Length; k++)
            {
                if (entity[features[k]])
                {
                    weights[k] *= entityScale;
                }

                norm += weights[k] * weights[k];
            }

            if (norm > 0)
            {
                var scale = (float)(1.0 / Math.Sqrt(norm));
                for (var k = 0; k < weights.Length; k++)
                {
                    weights[k] *= scale;
                }
            }
        });

        return new OpinionVectors(start, featureStore, weightStore, frequency);
    }

    public ReadOnlySpan<int> Features(int doc) => _features.AsSpan(_start[doc], _start[doc + 1] - _start[doc]);

    public ReadOnlySpan<float> Weights(int doc) => _weights.AsSpan(_start[doc], _start[doc + 1] - _start[doc]);

    public float Dot(int a, int b)
    {
        var fa = Features(a);
        var fb = Features(b);
        var wa = Weights(a);
        var wb = Weights(b);
        float dot = 0;
        int i = 0, j = 0;
        while (i < fa.Length && j < fb.Length)
        {
            var x = fa[i];
            var y = fb[j];
            if (x == y)
            {
                dot += wa[i++] * wb[j++];
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }

    public void AddTo(int doc, float[] dense)
    {
        var f = Features(doc);
        var w = Weights(doc);
        for (var k = 0; k < f.Length; k++)
        {
            dense[f[k]] += w[k];
        }
    }

    public double DotDense(int doc, float[] dense)
    {
        var f = Features(doc);
        var w = Weights(doc);
        double dot = 0;
        for (var k = 0; k < f.Length; k++)
        {
            dot += w[k] * dense[f[k]];
        }

        return dot;
    }

    public void Clear(int doc, float[] dense)
    {
        foreach (var f in Features(doc))
        {
            dense[f] = 0;
        }
    }
}
