namespace CitizenVoice.Classification.Runtime;

/// <summary>Bound from the "Classifier" configuration section.</summary>
public sealed class ClassifierOptions
{
    public const string SectionName = "Classifier";

    /// <summary>Directory holding petition-topic.zip and petition-level.zip (ml-models/ in the repo).</summary>
    public string ModelPath { get; set; } = "ml-models";

    /// <summary>Below this topic confidence a petition goes to the manual triage queue.</summary>
    public float ConfidenceThreshold { get; set; } = 0.5f;
}
