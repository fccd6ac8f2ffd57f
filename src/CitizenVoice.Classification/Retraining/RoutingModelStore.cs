using CitizenVoice.Classification.Runtime;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Classification.Retraining;

/// <summary>The folder that holds trained model versions (<c>App_Data/models/&lt;version&gt;/</c> by default).</summary>
public sealed class RoutingModelStore(IOptions<ClassifierOptions> options, string contentRoot)
{
    public string Root => Path.GetFullPath(Path.Combine(contentRoot, options.Value.ModelStorePath));

    /// <summary>Absolute folder of a version's <see cref="Core.Routing.RoutingModelVersion.Location"/>.</summary>
    public string PathOf(string location)
    {
        var full = Path.GetFullPath(Path.Combine(Root, location));
        // A location is a folder name written by the trainer; refuse anything that escapes the store.
        if (!full.StartsWith(Root, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Model location '{location}' is outside the model store.");
        }

        return full;
    }

    public static bool HasModels(string directory) =>
        File.Exists(Path.Combine(directory, Training.ModelFiles.TopicModel)) && File.Exists(Path.Combine(directory, Training.ModelFiles.LevelModel));
}
