using CitizenVoice.Cli.Commands;
using CitizenVoice.Data.Spreadsheets;

namespace CitizenVoice.Cli.VoterMeetings;

/// <summary>`export-template --out FILE.xlsx`: writes the opinion import template.</summary>
internal sealed class ExportTemplateCommand : ICliCommand
{
    public string Name => "export-template";

    public string Summary => "write the voter-opinion import template: --out FILE.xlsx";

    public IReadOnlyCollection<string> Options { get; } = ["out"];

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var output = args.Require("out");
        await using (var stream = File.Create(output))
        {
            OpinionImportWorkbook.WriteTemplate(stream);
        }

        Console.WriteLine($"wrote the import template to {output}");
        return 0;
    }
}
