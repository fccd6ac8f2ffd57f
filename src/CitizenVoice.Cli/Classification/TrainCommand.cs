using CitizenVoice.Classification.Training;
using CitizenVoice.Cli.Commands;

namespace CitizenVoice.Cli.Classification;

/// <summary>`train [--data DIR] [--out DIR] [--trainers lbfgs-maximum-entropy,...]`: trains topic and level models from ml-models/data/petitions.tsv.</summary>
internal sealed class TrainCommand : ICliCommand
{
    public string Name => "train";

    public string Summary => "train the topic and level models: [--data DIR] [--out DIR] (default ml-models) [--trainers a,b] [--fold 0-4]";

    public Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var outDir = args.Get("out") ?? "ml-models";
        var dataDir = args.Get("data") ?? Path.Combine(outDir, "data");
        var file = File.Exists(dataDir) ? dataDir : Path.Combine(dataDir, "petitions.tsv");
        if (!File.Exists(file))
        {
            throw new CliUsageException($"training data not found: {file}");
        }

        var rows = PetitionCorpus.LoadTsv(file);
        Console.WriteLine($"training on {rows.Count} rows from {file}");
        var trainers = args.Get("trainers")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fold = int.Parse(args.Get("fold") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var outcome = new ModelTrainer(trainers: trainers, fold: fold).Train(rows, PetitionCorpus.Sha256(file), Console.WriteLine);
        outcome.Save(outDir);
        var m = outcome.Metrics;
        Console.WriteLine($"chosen trainer: {m.ChosenTrainer}; held-out ({m.HeldOutRowCount} rows): topic macro-F1 {m.Topic.MacroF1:F3}, level accuracy {m.Level.MicroAccuracy:F3}");
        Console.WriteLine($"wrote {Path.Combine(outDir, ModelFiles.TopicModel)}, {ModelFiles.LevelModel}, {ModelFiles.Metrics}");
        return Task.FromResult(0);
    }
}
