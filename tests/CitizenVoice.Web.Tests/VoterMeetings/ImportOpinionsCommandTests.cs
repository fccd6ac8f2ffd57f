extern alias cli;

using cli::CitizenVoice.Cli.Commands;
using cli::CitizenVoice.Cli.VoterMeetings;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.VoterMeetings;

/// <summary>The CLI commands in-process against the test app's in-memory database (shared-cache SQLite).</summary>
public sealed class ImportOpinionsCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CliArguments Args(CitizenVoiceApp app, params string[] args) => new(args.Concat(
    [
        "--Database:Provider=Sqlite",
        "--ConnectionStrings:CitizenVoice=" + app.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:CitizenVoice"],
    ]));

    [Fact]
    public async Task ImportsAGoodFileOnceAndRefusesABadOne()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        var good = Path.Combine(app.DataFolder, "good.xlsx");
        var bad = Path.Combine(app.DataFolder, "bad.xlsx");
        await File.WriteAllBytesAsync(good, ImportOpinionsTests.GoodFile(), Ct);
        await File.WriteAllBytesAsync(bad, ImportOpinionsTests.Workbook(["hôm qua", "00070", "Hội trường", null, null, null, "ngắn", null]), Ct);
        var command = new ImportOpinionsCommand();

        Assert.Equal(0, await command.RunAsync(Args(app, "--session", session.ToString(), "--file", good), Ct));
        Assert.Equal(0, await command.RunAsync(Args(app, "--session", session.ToString(), "--file", good), Ct));
        Assert.Equal(1, await command.RunAsync(Args(app, "--session", session.ToString(), "--file", bad), Ct));
        Assert.Equal(1, await command.RunAsync(Args(app, "--session", Guid.NewGuid().ToString(), "--file", good), Ct));

        Assert.Equal(3, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ActorName == "Dòng lệnh (import-opinions)" && a.Details!.Contains("3 ý kiến mới"), Ct)));
    }

    [Fact]
    public async Task ExportTemplateWritesAWorkbookTheImportReads()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var output = Path.Combine(app.DataFolder, "mau.xlsx");

        Assert.Equal(0, await new ExportTemplateCommand().RunAsync(new CliArguments(["--out", output]), Ct));

        // The header row is accepted; the only data row is the template's own example, which is never imported.
        await using var stream = File.OpenRead(output);
        var error = Assert.Throws<InvalidDataException>(() => Data.Spreadsheets.OpinionImportWorkbook.Read(stream));
        Assert.Contains("dòng ví dụ", error.Message, StringComparison.Ordinal);
    }
}
