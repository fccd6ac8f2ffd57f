namespace CitizenVoice.Classification.Runtime;

/// <summary>Bound from the "Classifier" configuration section.</summary>
public sealed class ClassifierOptions
{
    public const string SectionName = "Classifier";

    public const string DefaultModelFolder = "ml-models";

    /// <summary>
    /// Directory holding petition-topic.zip and petition-level.zip. A relative path is looked for under the
    /// application folder, the current directory and their parents (so `ml-models` finds the repo folder from
    /// bin/ as well as the folder the Dockerfile copies beside the app).
    /// </summary>
    public string ModelPath { get; set; } = DefaultModelFolder;

    /// <summary>Below this topic probability a petition goes to the manual triage queue.</summary>
    public float ConfidenceThreshold { get; set; } = 0.5f;

    /// <summary>Where retraining writes model versions (one folder each); relative to the app's content root. Every
    /// node must see the same folder (shared storage), as with attachments.</summary>
    public string ModelStorePath { get; set; } = "App_Data/models";

    /// <summary>The training corpus folder (petitions.tsv), looked up like <see cref="ModelPath"/>.</summary>
    public string TrainingDataPath { get; set; } = DefaultModelFolder + "/data";

    /// <summary>A candidate is promoted unless its held-out macro-F1 or level accuracy is lower than the current model's by more than this.</summary>
    public double PromotionTolerance { get; set; } = 0.005;

    /// <summary>Cron of the retraining job (default: Sundays 02:00 UTC).</summary>
    public string RetrainSchedule { get; set; } = "0 2 * * 0";

    /// <summary>How often each node checks the database for an edited routing table or a promoted model.</summary>
    public int RefreshSeconds { get; set; } = 30;

    /// <summary>The directory that holds the topic model for <see cref="ModelPath"/>, or the path itself when none does.</summary>
    public string ResolveModelPath() => Resolve(string.IsNullOrWhiteSpace(ModelPath) ? DefaultModelFolder : ModelPath, Training.ModelFiles.TopicModel);

    /// <summary>The directory that holds petitions.tsv for <see cref="TrainingDataPath"/>.</summary>
    public string ResolveTrainingDataPath() => Resolve(TrainingDataPath, Training.ModelFiles.Corpus);

    private static string Resolve(string path, string probeFile)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, path);
                if (File.Exists(Path.Combine(candidate, probeFile)))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(path);
    }
}
