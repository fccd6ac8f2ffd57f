using Microsoft.ML;

namespace CitizenVoice.Classification.Training;

/// <summary>Trained topic and level models with their metrics; Save writes the model directory files.</summary>
public sealed class TrainingOutcome(MLContext ml, ITransformer topicModel, ITransformer levelModel, DataViewSchema inputSchema, ModelMetrics metrics)
{
    public ModelMetrics Metrics { get; } = metrics;

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        ml.Model.Save(topicModel, inputSchema, Path.Combine(directory, ModelFiles.TopicModel));
        ml.Model.Save(levelModel, inputSchema, Path.Combine(directory, ModelFiles.LevelModel));
        File.WriteAllText(Path.Combine(directory, ModelFiles.Metrics), Metrics.ToJson() + "\n");
    }
}
