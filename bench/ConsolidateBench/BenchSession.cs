using CitizenVoice.Core;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Data;
using CitizenVoice.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using CompiledItem = CitizenVoice.Core.Consolidation.ConsolidatedItem;

namespace ConsolidateBench;

/// <summary>
/// The app's own report path on a real (in-memory SQLite) database: the synthetic opinions stored as a session with
/// one meeting per commune and the proposed clusters accepted as compiled items, so that BuildVoterPetitionReport,
/// both writers and the stored version are timed as the back office and the CLI run them.
/// </summary>
internal sealed class BenchSession : IAsyncDisposable
{
    public const string Unit = "40.VP-DBQH-HDND-T";

    private static readonly Dictionary<string, string> Agencies = new(StringComparer.Ordinal)
    {
        ["giao-thong"] = "BXD", ["y-te"] = "BYT", ["giao-duc"] = "BGDDT", ["moi-truong"] = "BNNMT", ["dat-dai"] = "BNNMT",
        ["nguoi-co-cong"] = "BNV", ["nong-nghiep"] = "BNNMT", ["an-ninh-trat-tu"] = "BCA",
    };

    private readonly SqliteConnection _keepAlive;

    private BenchSession(ServiceProvider services, SqliteConnection keepAlive, Guid sessionId)
    {
        Services = services;
        _keepAlive = keepAlive;
        SessionId = sessionId;
    }

    public ServiceProvider Services { get; }

    public Guid SessionId { get; }

    public static async Task<BenchSession> CreateAsync(IReadOnlyList<SyntheticOpinion> opinions, IReadOnlyList<OpinionCluster> clusters)
    {
        var connectionString = $"Data Source=bench-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:CitizenVoice"] = connectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None))
            .AddSingleton(TimeProvider.System)
            .AddCitizenVoiceData(configuration, Path.GetTempPath())
            .AddCitizenVoiceCore(configuration)
            .AddReports()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<CitizenVoiceDbContext>();
        var communeCodes = await db.Communes.Where(c => c.ProvinceCode == "40").OrderBy(c => c.Code).Select(c => c.Code).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        var session = Session.Plan(SessionBody.NationalAssembly, "XV", 11, UnitCodes.Central, Unit, null, new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 30), null, now);
        db.Sessions.Add(session);
        var meetings = opinions.Select(o => o.Commune).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((commune, i) => (commune, VoterMeeting.Plan(session, new VoterMeetingDetails(MeetingPhase.BeforeSession, new DateOnly(2026, 2, 20).AddDays(i % 10), null,
                $"Hội trường UBND {commune}", "40", communeCodes[i % communeCodes.Count], "40.DDBQH-T", ["Hoàng Thị Thu Trang"], 150, null, VoterMeetingStatus.Held), null, now)))
            .ToDictionary(m => m.commune, m => m.Item2, StringComparer.Ordinal);
        db.VoterMeetings.AddRange(meetings.Values);
        // Generated wordings repeat within a commune; a voter name per row keeps the natural key unique, as at a real meeting.
        var stored = opinions.Select((o, i) => (o, i)).ToDictionary(x => x.o.Input.Id, x =>
        {
            var (o, i) = x;
            var opinion = VoterOpinion.Record(meetings[o.Commune], new OpinionText($"Cử tri số {i + 1}", null, o.Input.Text, 1, false, null), null, null, now);
            opinion.ConfirmRouting(o.Input.TopicCode!, o.Central ? "trung-uong" : "tinh", o.Central ? Agencies[o.Input.TopicCode!] : "UBND-T", "bench", now);
            return opinion;
        });
        db.VoterOpinions.AddRange(stored.Values);
        var sort = 0;
        foreach (var cluster in clusters)
        {
            var members = cluster.MemberIds.Select(id => stored[id]).ToList();
            var item = CompiledItem.Compile(session, stored[cluster.RepresentativeId].Content, stored[cluster.RepresentativeId], sort += CompiledItem.SortStep, null, now);
            members.ForEach(m => m.AssignToConsolidatedItem(item.Id, now));
            item.Recount(members, now);
            db.ConsolidatedItems.Add(item);
        }

        await db.SaveChangesAsync();
        return new BenchSession(services, keepAlive, session.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }

}
