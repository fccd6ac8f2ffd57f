using CitizenVoice.Classification.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CitizenVoice.Classification.Runtime;

/// <summary>One loaded model zip: the thread-safe transformer and the class labels in the order of its Score vector.</summary>
internal sealed class LoadedModel
{
    public LoadedModel(MLContext ml, string path)
    {
        Model = ml.Model.Load(path, out var input);
        if (input?.GetColumnOrNull(PetitionFeaturizer.ColumnName) is null)
        {
            throw new IncompatibleModelException(path, PetitionFeaturizer.ColumnName);
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        Model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<PetitionFeatures>()).Schema)["Score"].GetSlotNames(ref names);
        Classes = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    public ITransformer Model { get; }

    /// <summary>Class labels in the order of the Score vector.</summary>
    public IReadOnlyList<string> Classes { get; }
}
