using CitizenVoice.Classification.Retraining;
using CitizenVoice.Classification.Training;
using CitizenVoice.Cli.Commands;
using CitizenVoice.Core;
using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Cli.Classification;

/// <summary>
/// `train [--data DIR] [--out DIR] [--trainers a,b] [--fold N] [--with-confirmed] [--connection CS]`: trains topic and
/// level models from ml-models/data/petitions.tsv, plus the staff-confirmed labels of the database when given a
/// connection (or --with-confirmed with the configured Database:Provider and ConnectionStrings:CitizenVoice).
/// `train --cv [--l2 X] [--l1 Y] [--json OUT.json] [--predictions OUT.tsv] [--keep-folds DIR]` instead reports the grouped five-fold figures of the corpus and writes no model.
/// </summary>
internal sealed class TrainCommand : ICliCommand
{
    public string Name => "train";

    public string Summary => "train the topic and level models: [--data DIR] [--out DIR] (default ml-models) [--trainers a,b] [--fold 0-4] [--with-confirmed] [--connection CS]; --cv [--l2 X] [--l1 Y] [--json OUT] [--predictions OUT.tsv] [--keep-folds DIR] for grouped 5-fold figures only";

    public IReadOnlyCollection<string> Options { get; } = ["data", "out", "trainers", "fold", "with-confirmed", CliArguments.ConnectionOption, "cv", "l2", "l1", "json", "predictions", "keep-folds"];

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var outDir = args.Get("out") ?? "ml-models";
        var dataDir = args.Get("data") ?? Path.Combine(outDir, "data");
        var file = File.Exists(dataDir) ? dataDir : Path.Combine(dataDir, ModelFiles.Corpus);
        if (!File.Exists(file))
        {
            throw new CliUsageException($"training data not found: {file}");
        }

        var rows = PetitionCorpus.LoadTsv(file);
        if (args.Has("cv"))
        {
            return await CrossValidateAsync(args, rows, cancellationToken);
        }

        var confirmations = args.Has("with-confirmed") || args.Has(CliArguments.ConnectionOption) ? await LoadConfirmedAsync(args, cancellationToken) : [];
        var data = RetrainingCorpus.Build(rows, PetitionCorpus.Sha256(file), confirmations);
        Console.WriteLine($"training on {data.Corpus.Count} rows from {file}" + (confirmations.Count > 0 ? $" and {data.Confirmed.Count} confirmed labels ({confirmations.Count} confirmations in the database)" : ""));
        var trainers = args.Get("trainers")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fold = int.Parse(args.Get("fold") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        // Without confirmations the hash stays the TSV's own, which the committed metrics are checked against.
        var hash = confirmations.Count == 0 ? PetitionCorpus.Sha256(file) : data.Sha256;
        var outcome = new ModelTrainer(trainers: trainers, fold: fold).Train(data.Corpus, hash, Console.WriteLine, data.Confirmed);
        outcome.Save(outDir);
        var m = outcome.Metrics;
        Console.WriteLine($"chosen trainer: {m.ChosenTrainer}; held-out ({m.HeldOutRowCount} rows): topic macro-F1 {m.Topic.MacroF1:F3}, level accuracy {m.Level.MicroAccuracy:F3}");
        Console.WriteLine($"wrote {Path.Combine(outDir, ModelFiles.TopicModel)}, {ModelFiles.LevelModel}, {ModelFiles.Metrics}");
        return 0;
    }

    private static async Task<int> CrossValidateAsync(CliArguments args, IReadOnlyList<LabelledPetition> rows, CancellationToken cancellationToken)
    {
        var trainers = args.Get("trainers")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Console.WriteLine($"grouped 5-fold cross-validation on {rows.Count} rows");
        var dump = args.Get("predictions");
        await using var predictions = dump is null ? null : new StreamWriter(dump);
        var l2 = float.Parse(args.Get("l2") ?? PetitionPipeline.DefaultL2.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        var l1 = float.Parse(args.Get("l1") ?? PetitionPipeline.DefaultL1.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"LBFGS L2 {l2}, L1 {l1}");
        var cv = new ModelTrainer(trainers: trainers, l2: l2, l1: l1).CrossValidate(rows, Console.WriteLine, predictions, args.Get("keep-folds"));
        Console.WriteLine($"mean ({cv.Trainer}): topic macro-F1 {cv.TopicMacroF1:F3}, level {cv.LevelAccuracy:F3}, agency top-1 {cv.AgencyTop1:F3}, top-3 {cv.AgencyTop3:F3}");
        EvaluationOutput.Confusions("topic confusions over the folds (label -> predicted):", cv.TopicConfusions);
        EvaluationOutput.Confusions("level confusions over the folds:", cv.LevelConfusions);
        EvaluationOutput.Triage(cv.Triage);
        await EvaluationOutput.WriteJsonAsync(args.Get("json"), cv, cancellationToken);
        return 0;
    }

    private static async Task<IReadOnlyList<ConfirmedLabel>> LoadConfirmedAsync(CliArguments args, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(args);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>();
        return await db.ConfirmedLabels.AsNoTracking().ToListAsync(cancellationToken);
    }
}
