namespace CitizenVoice.Classification.Runtime;

/// <summary>
/// A model zip reads a feature column this build does not compute: it was trained with another version of
/// <see cref="Text.PetitionFeaturizer"/> and cannot score (retrain to replace it).
/// </summary>
public sealed class IncompatibleModelException(string path, string expectedColumn)
    : InvalidOperationException($"The model {path} was trained with another feature version: it does not read the column {expectedColumn} that this build computes. Retrain it.")
{
    public string ModelFile { get; } = path;
}
