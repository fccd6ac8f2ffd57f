using System.Diagnostics;
using System.Globalization;
using CitizenVoice.Cli.Commands;
using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.SessionReports;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using CitizenVoice.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Cli.Reports;

/// <summary>
/// Generates the session report from the current compiled items, stores it as the next version (like "Tạo báo cáo" in
/// the back office) and writes the DOCX and XLSX to a folder. The header is the last version's, or the defaults.
/// </summary>
internal sealed class ReportCommand : ICliCommand
{
    public string Name => "report";

    public string Summary => "--session ID --unit CODE --out DIR [--signer NAME]: generate and store the session report (DOCX + XLSX)";

    public IReadOnlyCollection<string> Options { get; } = ["session", "unit", "out", "signer", CliArguments.ConnectionOption];

    public async Task<int> RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(args.Require("session"), out var sessionId))
        {
            throw new CliUsageException("--session must be a session id (GUID)");
        }

        var unit = args.Require("unit");
        var outDir = args.Require("out");
        await using var services = CliServices.Build(args, (s, configuration) =>
        {
            s.AddCitizenVoiceCore(configuration);
            s.AddReports();
        });
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ICitizenVoiceDb>();
        var actor = new StaffScope("cli", "Dòng lệnh (report)", unit, new HashSet<string> { StaffRoles.ReportCompiler });
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !VoterMeetingAccess.CanSee(actor, session.OwnerUnitCode))
        {
            Console.Error.WriteLine($"report: no session {sessionId} of unit {unit}");
            return 1;
        }

        var settings = await SettingsAsync(sp, db, session, cancellationToken);
        if (args.Get("signer") is { } signer)
        {
            settings = settings with { SignerName = signer };
        }

        var started = Stopwatch.GetTimestamp();
        var result = await sp.GetRequiredService<GenerateSessionReport>().ExecuteAsync(sessionId, settings, actor, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (result.Outcome != VoterMeetingOutcome.Saved)
        {
            Console.Error.WriteLine("report: " + string.Join(" ", result.Errors.ByField.Select(e => $"{(e.Key.Length == 0 ? "" : e.Key + ": ")}{string.Join(" ", e.Value)}"))
                + (result.Errors.Has("signerName") ? " (give --signer NAME)" : ""));
            return 1;
        }

        var version = result.Version!;
        Directory.CreateDirectory(outDir);
        var docx = Path.Combine(outDir, version.FileName(".docx"));
        var xlsx = Path.Combine(outDir, version.FileName(".xlsx"));
        await File.WriteAllBytesAsync(docx, version.Docx, cancellationToken);
        await File.WriteAllBytesAsync(xlsx, version.Xlsx, cancellationToken);
        var snapshot = result.Model!.Snapshot;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{session.Title}: version {version.Number}, {version.ItemCount} items ({snapshot.Items.Count(i => i.Section == "B")} central, {snapshot.Items.Count(i => i.Section == "C")} local), {version.OpinionCount} opinions, {snapshot.MeetingCount} meetings, {snapshot.VoterCount} voters"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated and stored in {elapsed.TotalSeconds:F2} s"));
        Console.WriteLine(docx);
        Console.WriteLine(xlsx);
        return 0;
    }

    private static async Task<ReportSettings> SettingsAsync(IServiceProvider sp, ICitizenVoiceDb db, Session session, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var last = await db.ReportVersions.AsNoTracking().Where(v => v.SessionId == session.Id).OrderByDescending(v => v.Number)
            .Select(v => v.SettingsJson).FirstOrDefaultAsync(cancellationToken);
        if (ReportSettings.FromJson(last) is { } saved)
        {
            return saved with { Date = today };
        }

        var catalog = await sp.GetRequiredService<PlaceCatalog>().GetAsync(cancellationToken);
        return ReportSettings.DefaultFor(session, catalog.ProvincesByCode.GetValueOrDefault(session.OwnerUnitCode.Split('.')[0]), today);
    }
}
