namespace CitizenVoice.Core.Consolidation;

/// <summary>Sum of the unit vectors of a cluster's members; its cosine with an opinion is dot / |sum|.</summary>
internal sealed class Centroid
{
    private readonly Dictionary<int, float> _sum = [];
    private double _normSquared;

    public float Similarity(OpinionVectors vectors, int doc)
    {
        if (_normSquared <= 0)
        {
            return 0;
        }

        return (float)(Dot(vectors, doc) / Math.Sqrt(_normSquared));
    }

    public void Add(OpinionVectors vectors, int doc)
    {
        // |S + x|² = |S|² + 2 S·x + |x|², with |x| = 1 (or 0 for an opinion with no content words).
        var features = vectors.Features(doc);
        var weights = vectors.Weights(doc);
        double self = 0;
        for (var k = 0; k < weights.Length; k++)
        {
            self += weights[k] * weights[k];
        }

        _normSquared += (2 * Dot(vectors, doc)) + self;
        for (var k = 0; k < features.Length; k++)
        {
            _sum[features[k]] = _sum.GetValueOrDefault(features[k]) + weights[k];
        }
    }

    private double Dot(OpinionVectors vectors, int doc)
    {
        var features = vectors.Features(doc);
        var weights = vectors.Weights(doc);
        double dot = 0;
        for (var k = 0; k < features.Length; k++)
        {
            if (_sum.TryGetValue(features[k], out var s))
            {
                dot += weights[k] * s;
            }
        }

        return dot;
    }
}
