using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CitizenVoice.Classification.Runtime;

/// <summary>
/// One loaded model zip with a pool of PredictionEngines: an ITransformer is thread-safe but a PredictionEngine is
/// not, and creating one per call costs more than the prediction. (Microsoft.Extensions.ML, which provides
/// PredictionEnginePool, is not in our package registry.)
/// </summary>
internal sealed class PooledModel
{
    private readonly ObjectPool<PredictionEngine<PetitionText, LabelPrediction>> _pool;

    public PooledModel(MLContext ml, string path)
    {
        Model = ml.Model.Load(path, out _);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        Model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<PetitionText>()).Schema)["Score"].GetSlotNames(ref names);
        Classes = names.DenseValues().Select(n => n.ToString()).ToArray();
        _pool = new DefaultObjectPool<PredictionEngine<PetitionText, LabelPrediction>>(
            new EnginePolicy(ml, Model), Math.Max(2, Environment.ProcessorCount * 2));
    }

    public ITransformer Model { get; }

    /// <summary>Class labels in the order of the Score vector.</summary>
    public IReadOnlyList<string> Classes { get; }

    public LabelPrediction Predict(PetitionText input)
    {
        var engine = _pool.Get();
        try
        {
            return engine.Predict(input);
        }
        finally
        {
            _pool.Return(engine);
        }
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : IPooledObjectPolicy<PredictionEngine<PetitionText, LabelPrediction>>
    {
        public PredictionEngine<PetitionText, LabelPrediction> Create() =>
            ml.Model.CreatePredictionEngine<PetitionText, LabelPrediction>(model);

        public bool Return(PredictionEngine<PetitionText, LabelPrediction> obj) => true;
    }
}
