using System.Text.Json;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Classification.Training;
using CitizenVoice.Cli.Commands;

namespace CitizenVoice.Cli.Classification;

/// <summary>`classify --in FILE.jsonl --out FILE.jsonl [--model DIR]`: adds topic, level and agency to each {"id","text"}.</summary>
internal sealed class ClassifyCommand : ICliCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string Name => "classify";

    public string Summary => "classify JSONL {id,text}: --in FILE --out FILE [--model DIR]";

    public IReadOnlyCollection<string> Options { get; } = ["in", "out", "model"];

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var input = args.Require("in");
        var output = args.Require("out");
        if (!File.Exists(input))
        {
            throw new CliUsageException($"input not found: {input}");
        }

        var classifier = new RoutingClassifier(new ClassifierOptions { ModelPath = args.Get("model") ?? "ml-models" });
        await using var writer = new StreamWriter(output);
        var n = 0;
        foreach (var item in PetitionCorpus.LoadJsonl(input))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var r = classifier.Classify(item.Text);
            var line = new ClassifiedLine(item.Id, r.Topic, MathF.Round(r.TopicConfidence, 4), r.Level, r.Agency, r.Alternatives);
            await writer.WriteLineAsync(JsonSerializer.Serialize(line, JsonOptions));
            n++;
        }

        Console.WriteLine($"classified {n} petitions into {output}");
        return 0;
    }

    private sealed record ClassifiedLine(string Id, string Topic, float TopicConfidence, string Level, AgencyRef Agency, IReadOnlyList<AgencyRef> Alternatives);
}
