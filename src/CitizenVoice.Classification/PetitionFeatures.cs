using CitizenVoice.Classification.Text;
using Microsoft.ML.Data;

namespace CitizenVoice.Classification;

/// <summary>Model input shared by trainer and runtime: the hashed features of one petition text and its label.</summary>
public sealed class PetitionFeatures
{
    [ColumnName(PetitionFeaturizer.ColumnName)]
    [VectorType(PetitionFeaturizer.Dimension)]
    public VBuffer<float> Features { get; set; }

    /// <summary>Training label (topic code or level); empty at prediction time.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>Features of a text with their own arrays (safe to keep, e.g. in a training or batch list).</summary>
    public static PetitionFeatures From(string? text, string label = "") =>
        new() { Features = PetitionFeaturizer.ForCurrentThread().Featurize(text, out _, copy: true), Label = label };
}
