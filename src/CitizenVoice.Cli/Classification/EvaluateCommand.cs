using CitizenVoice.Classification.Evaluation;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Classification.Training;
using CitizenVoice.Cli.Commands;

namespace CitizenVoice.Cli.Classification;

/// <summary>`evaluate --in FILE.jsonl [--json OUT.json] [--model DIR]`: scores the models against labelled petitions.</summary>
internal sealed class EvaluateCommand : ICliCommand
{
    public string Name => "evaluate";

    public string Summary => "score the models on labelled JSONL: --in FILE [--json OUT.json] [--model DIR]";

    public IReadOnlyCollection<string> Options { get; } = ["in", "json", "model"];

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var input = args.Require("in");
        if (!File.Exists(input))
        {
            throw new CliUsageException($"input not found: {input}");
        }

        var classifier = new RoutingClassifier(new ClassifierOptions { ModelPath = args.Get("model") ?? "ml-models" });
        var items = PetitionCorpus.LoadJsonl(input);
        var r = PetitionEvaluator.Evaluate(classifier, items);

        Console.WriteLine($"items: {r.Count}");
        Console.WriteLine($"topic accuracy: {r.Topic.Accuracy:F3}   macro-F1: {r.Topic.MacroF1:F3}");
        Console.WriteLine($"level accuracy: {r.LevelAccuracy:F3}   (dia-phuong matches tinh and xa)   central vs local: {r.CentralOrLocalAccuracy:F3}");
        if (r.AgencyLabelled > 0)
        {
            Console.WriteLine($"agency top-1: {r.AgencyTop1:F3}   top-3: {r.AgencyTop3:F3}   ({r.AgencyLabelled} labelled)");
        }

        Console.WriteLine();
        Console.WriteLine($"{"topic",-26} {"n",4} {"prec",6} {"recall",6} {"F1",6}");
        foreach (var c in r.Topic.Classes)
        {
            Console.WriteLine($"{c.Label,-26} {c.Support,4} {c.Precision,6:F2} {c.Recall,6:F2} {c.F1,6:F2}");
        }

        Console.WriteLine();
        EvaluationOutput.Confusions("topic confusions (label -> predicted):", r.Topic.Confusions.Take(12));
        EvaluationOutput.Confusions("level confusions (label -> predicted):", r.LevelConfusions);
        Console.WriteLine();
        EvaluationOutput.Triage(r.Triage);
        await EvaluationOutput.WriteJsonAsync(args.Get("json"), r, cancellationToken);
        return 0;
    }
}
