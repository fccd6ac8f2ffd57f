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

    /// <summary>The directory that holds the topic model for <see cref="ModelPath"/>, or the path itself when none does.</summary>
    public string ResolveModelPath()
    {
        var path = string.IsNullOrWhiteSpace(ModelPath) ? DefaultModelFolder : ModelPath;
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, path);
                if (File.Exists(Path.Combine(candidate, Training.ModelFiles.TopicModel)))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(path);
    }
}
