using CitizenVoice.Classification.Evaluation;

namespace CitizenVoice.Cli.Classification;

/// <summary>Prints what each confidence threshold would send to manual triage and how right the rest would be.</summary>
internal static class TriageTable
{
    public static void Write(IReadOnlyList<TriageBand> bands)
    {
        Console.WriteLine("triage threshold (Classifier:ConfidenceThreshold): share sent to manual triage, accuracy of the rest");
        Console.WriteLine($"  {"threshold",9} {"manual",7} {"topic",7} {"agency",7}");
        foreach (var b in bands)
        {
            Console.WriteLine($"  {b.Threshold,9:F1} {b.ManualShare,7:P0} {b.AutoTopicAccuracy,7:F3} {b.AutoAgencyTop1,7:F3}");
        }
    }
}
