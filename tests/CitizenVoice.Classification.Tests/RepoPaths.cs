namespace CitizenVoice.Classification.Tests;

/// <summary>Finds the repository root (the folder with CitizenVoice.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Models => Path.Combine(Root, "ml-models");

    public static string TrainingData => Path.Combine(Models, "data", "petitions.tsv");

    /// <summary>Petitions written by a second writer for evaluation only (ml-models/README.md).</summary>
    public static string IndependentTestSet => Path.Combine(Models, "data", "independent-test.jsonl");

    /// <summary>The shared dev set lives beside the repository: ../shared/eval/dev.jsonl.</summary>
    public static string DevSet => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval", "dev.jsonl"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CitizenVoice.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CitizenVoice.sln not found above the test binaries");
    }
}
