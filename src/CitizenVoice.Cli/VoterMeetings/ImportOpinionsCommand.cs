using CitizenVoice.Classification;
using CitizenVoice.Cli.Commands;
using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Data.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Cli.VoterMeetings;

/// <summary>
/// `import-opinions --session ID --file FILE.xlsx`: the same all-or-nothing import as the back-office page, acting as
/// an administrator of the session's reporting unit (recorded in the audit log as the command line).
/// </summary>
internal sealed class ImportOpinionsCommand : ICliCommand
{
    public string Name => "import-opinions";

    public string Summary => "import voter opinions from the XLSX template: --session ID --file FILE.xlsx";

    public IReadOnlyCollection<string> Options { get; } = ["session", "file", CliArguments.ConnectionOption];

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!Guid.TryParse(args.Require("session"), out var sessionId))
        {
            throw new CliUsageException("--session must be a session id (GUID)");
        }

        var file = args.Require("file");
        if (!File.Exists(file))
        {
            throw new CliUsageException($"file not found: {file}");
        }

        IReadOnlyList<OpinionImportRow> rows;
        try
        {
            await using var stream = File.OpenRead(file);
            rows = OpinionImportWorkbook.Read(stream);
        }
        catch (InvalidDataException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        await using var services = CliServices.Build(args, (s, configuration) =>
        {
            s.AddCitizenVoiceCore(configuration);
            s.AddRoutingClassifier(configuration);
        });
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>();
        var owner = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.OwnerUnitCode).FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            await Console.Error.WriteLineAsync($"Không tìm thấy kỳ họp {sessionId}.");
            return 1;
        }

        var actor = new StaffScope("cli", "Dòng lệnh (import-opinions)", owner, new HashSet<string> { StaffRoles.Administrator });
        var result = await scope.ServiceProvider.GetRequiredService<ImportOpinions>().ExecuteAsync(sessionId, rows, actor, cancellationToken);
        if (result.Outcome != VoterMeetingOutcome.Saved)
        {
            await Console.Error.WriteLineAsync($"Tệp không được nhập ({result.RowErrors.Count} lỗi); không dòng nào được lưu:");
            foreach (var error in result.RowErrors)
            {
                await Console.Error.WriteLineAsync("  " + error.Message);
            }

            return 1;
        }

        Console.WriteLine($"imported {result.Created} opinions ({result.Duplicates} already stored, skipped); "
            + $"meetings: {result.MeetingsCreated} created, {result.MeetingsMatched} matched");
        return 0;
    }
}
