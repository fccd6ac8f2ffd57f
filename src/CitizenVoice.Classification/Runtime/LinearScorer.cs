using CitizenVoice.Classification.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CitizenVoice.Classification.Runtime;

/// <summary>
/// Scores a maximum-entropy model (LBFGS or SDCA) read from its ML.NET zip without a PredictionEngine: softmax(W·x + b)
/// over the sparse hashed features, with W copied into a feature-major matrix so the weights of all classes for one
/// feature share a cache line. Same figures as the engine (a test compares them); immutable, so thread-safe.
/// </summary>
internal sealed class LinearScorer
{
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int _classes;

    private LinearScorer(float[] weights, float[] biases)
    {
        _weights = weights;
        _biases = biases;
        _classes = biases.Length;
    }

    public int ClassCount => _classes;

    /// <summary>The scorer for a model whose trainer is maximum entropy, or null (other trainers use the engine).</summary>
    public static LinearScorer? TryCreate(ITransformer model)
    {
        var parameters = Find(model);
        if (parameters is null)
        {
            return null;
        }

        VBuffer<float>[] rows = [];
        parameters.GetWeights(ref rows, out var classes);
        var biases = parameters.GetBiases().ToArray();
        if (classes != biases.Length || rows.Any(r => r.Length != PetitionFeaturizer.Dimension))
        {
            return null;
        }

        var weights = new float[PetitionFeaturizer.Dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (index, value) in rows[c].Items())
            {
                weights[(index * classes) + c] = value;
            }
        }

        return new LinearScorer(weights, biases);
    }

    /// <summary>Writes class probabilities (in the model's Score order) into <paramref name="scores"/>.</summary>
    public void Score(in VBuffer<float> features, Span<float> scores)
    {
        var c = _classes;
        _biases.CopyTo(scores);
        var indices = features.GetIndices();
        var values = features.GetValues();
        var dense = features.IsDense;
        var weights = _weights.AsSpan();
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            var row = weights.Slice((dense ? i : indices[i]) * c, c);
            for (var k = 0; k < c; k++)
            {
                scores[k] += x * row[k];
            }
        }

        var max = float.MinValue;
        for (var k = 0; k < c; k++)
        {
            max = MathF.Max(max, scores[k]);
        }

        var sum = 0f;
        for (var k = 0; k < c; k++)
        {
            scores[k] = MathF.Exp(scores[k] - max);
            sum += scores[k];
        }

        for (var k = 0; k < c; k++)
        {
            scores[k] /= sum;
        }
    }

    private static MaximumEntropyModelParameters? Find(ITransformer model) => model switch
    {
        IPredictionTransformer<object> { Model: MaximumEntropyModelParameters p } => p,
        IEnumerable<ITransformer> chain => chain.Select(Find).FirstOrDefault(p => p is not null),
        _ => null,
    };
}
