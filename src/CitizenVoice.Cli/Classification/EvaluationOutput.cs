using System.Text.Json;
using CitizenVoice.Classification.Evaluation;

namespace CitizenVoice.Cli.Classification;

/// <summary>What `evaluate` and `train --cv` both print and write: confusion lists, the triage table, the JSON report.</summary>
internal static class EvaluationOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Confusions(string title, IEnumerable<Confusion> confusions)
    {
        Console.WriteLine(title);
        foreach (var c in confusions)
        {
            Console.WriteLine($"  {c.Count,4}  {c.Label} -> {c.Predicted}");
        }
    }

    public static void Triage(IReadOnlyList<TriageBand> bands)
    {
        Console.WriteLine("triage threshold (Classifier:ConfidenceThreshold): share sent to manual triage, accuracy of the rest");
        Console.WriteLine($"  {"threshold",9} {"manual",7} {"topic",7} {"agency",7}");
        foreach (var b in bands)
        {
            Console.WriteLine($"  {b.Threshold,9:F1} {b.ManualShare,7:P0} {b.AutoTopicAccuracy,7:F3} {b.AutoAgencyTop1,7:F3}");
        }
    }

    /// <summary>Writes <paramref name="report"/> as indented camel-case JSON when a path is given.</summary>
    public static async Task WriteJsonAsync<T>(string? path, T report, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return;
        }

        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, JsonOptions) + "\n", cancellationToken);
        Console.WriteLine($"wrote {path}");
    }
}
