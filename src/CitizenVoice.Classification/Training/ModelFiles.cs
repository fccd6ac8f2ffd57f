namespace CitizenVoice.Classification.Training;

/// <summary>File names inside the model directory (ml-models/ in the repo).</summary>
public static class ModelFiles
{
    public const string TopicModel = "petition-topic.zip";
    public const string LevelModel = "petition-level.zip";
    public const string Metrics = "petition-topic.metrics.json";
    public const string Corpus = "petitions.tsv";
}
