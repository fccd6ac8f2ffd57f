using CitizenVoice.Cli.Accounts;
using CitizenVoice.Cli.Classification;
using CitizenVoice.Cli.Commands;
using CitizenVoice.Cli.Reports;
using CitizenVoice.Cli.VoterMeetings;

ICliCommand[] commands =
[
    new MigrateCommand(),
    new CreateAdminCommand(),
    new TrainCommand(),
    new EvaluateCommand(),
    new ClassifyCommand(),
    new ReportCommand(),
    new ImportOpinionsCommand(),
    new ExportTemplateCommand(),
];

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
return await new CliDispatcher(commands, Console.Out, Console.Error).RunAsync(args, cts.Token);
