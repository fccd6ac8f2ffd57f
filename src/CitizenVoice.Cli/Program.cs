using CitizenVoice.Cli.Classification;
using CitizenVoice.Cli.Commands;
using CitizenVoice.Cli.VoterMeetings;

ICliCommand[] commands =
[
    new MigrateCommand(),
    new TrainCommand(),
    new EvaluateCommand(),
    new ClassifyCommand(),
    new ImportOpinionsCommand(),
    new ExportTemplateCommand(),
];

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("CitizenVoice admin commands. Usage: dotnet run --project src/CitizenVoice.Cli -- COMMAND [options]");
    foreach (var c in commands)
    {
        Console.WriteLine($"  {c.Name,-16} {c.Summary}");
    }

    return args.Length == 0 ? 2 : 0;
}

var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (command is null)
{
    Console.Error.WriteLine($"unknown command '{args[0]}'; run with --help for the list");
    return 2;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
try
{
    return await command.RunAsync(new CliArguments(args.Skip(1)), cts.Token);
}
catch (CliUsageException ex)
{
    Console.Error.WriteLine($"{command.Name}: {ex.Message}");
    return 2;
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    Console.Error.WriteLine($"{command.Name} failed: {ex.GetType().Name}: {ex.Message}");
    return 1;
}
