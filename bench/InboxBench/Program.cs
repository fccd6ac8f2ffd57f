using System.Diagnostics;
using System.Globalization;
using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Submissions.Inbox;
using CitizenVoice.Core.Units;
using CitizenVoice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Inbox query at scale: seeds N submissions (default 100,000) and times the inbox's real query (SubmissionInbox:
// scope, filters, folded search, per-status counts, total, one page of 50) against a plain "SELECT … ORDER BY
// ReceivedAt DESC LIMIT 50" on the same table in the same run. Usage: InboxBench sqlite|postgresql CONNECTION [N]
var provider = args.Length > 0 ? args[0] : "sqlite";
var connection = args.Length > 1 ? args[1] : "Data Source=bench/out/inbox.db";
var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
const double TargetMs = 1000;

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase) ? "PostgreSql" : "Sqlite",
    ["ConnectionStrings:CitizenVoice"] = connection,
}).Build();
var services = new ServiceCollection()
    .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
    .AddCitizenVoiceCore(configuration)
    .AddCitizenVoiceData(configuration, Path.GetTempPath())
    .BuildServiceProvider();

await using (var scope = services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
}

var seedTime = Stopwatch.StartNew();
await SeedAsync(services, count);
Console.WriteLine($"{provider}: seeded {count:N0} submissions in {seedTime.Elapsed.TotalSeconds:F1} s");

// What a running installation has: SQLite statistics from the start-up ANALYZE, PostgreSQL's from autovacuum.
await using (var scope = services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<CitizenVoiceDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
}

var hanoi = new StaffScope("bench-user", "Cán bộ xử lý", UnitCodes.DefaultIntake("01"), new HashSet<string> { StaffRoles.Processor });
var admin = new StaffScope("bench-admin", "Quản trị", "01", new HashSet<string> { StaffRoles.Administrator });
var baseline = await MeasureDbAsync(services, async db =>
    (await db.Submissions.AsNoTracking().OrderByDescending(s => s.ReceivedAt).Take(InboxFilter.PageSize)
        .Select(s => new { s.Id, s.TrackingCode, s.Title, s.Status, s.ReceivedAt }).ToListAsync()).Count);
Console.WriteLine($"baseline SELECT … ORDER BY ReceivedAt DESC LIMIT 50: median {baseline:F1} ms");

var sampleCode = await InScopeAsync(services, db => db.Submissions.Where(s => s.OwnerUnitCode == hanoi.UnitCode).Select(s => s.TrackingCode).FirstAsync());
(string Name, StaffScope Scope, InboxFilter Filter)[] scenarios =
[
    ("inbox, no filter (count + status counts + page 1)", hanoi, new InboxFilter()),
    ("kind + status + overdue, sorted by due date", hanoi, new InboxFilter { Kind = "khieu-nai", Status = "dang-xu-ly", Deadline = InboxFilter.DeadlineOverdue, Sort = InboxFilter.SortDue }),
    ("manual triage queue", hanoi, new InboxFilter { Routing = InboxFilter.RoutingNeedsTriage }),
    ("search 'duong lien thon' (no diacritics)", hanoi, new InboxFilter { Q = "duong lien thon" }),
    ("search 'ngập úng' + commune + date range", hanoi, new InboxFilter { Q = "ngập úng", Province = "01", Commune = "00166", From = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-180)) }),
    ("tracking code", hanoi, new InboxFilter { Q = sampleCode }),
    ("page 40, oldest first", hanoi, new InboxFilter { Page = 40, Sort = InboxFilter.SortOldest }),
    ("province administrator subtree, due soon", admin, new InboxFilter { Deadline = InboxFilter.DeadlineDueSoon }),
];

var worst = 0.0;
foreach (var (name, scope, filter) in scenarios)
{
    var total = 0;
    var ms = await MeasureAsync(services, async sp =>
    {
        var page = await sp.GetRequiredService<SubmissionInbox>().SearchAsync(filter, scope, CancellationToken.None);
        total = page.Total;
        return page.Rows.Count;
    });
    worst = Math.Max(worst, ms);
    Console.WriteLine($"{name}: median {ms:F1} ms, {total:N0} matches, {ms / baseline:F1}× baseline");
}

Console.WriteLine(worst <= TargetMs ? $"OK: every inbox query within {TargetMs} ms" : $"MISSED: slowest inbox query {worst:F1} ms > {TargetMs} ms");
return worst <= TargetMs ? 0 : 1;

static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<ICitizenVoiceDb, Task<T>> action)
{
    await using var scope = services.CreateAsyncScope();
    return await action(scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>());
}

static Task<double> MeasureDbAsync(IServiceProvider services, Func<ICitizenVoiceDb, Task<int>> query) =>
    MeasureAsync(services, sp => query(sp.GetRequiredService<ICitizenVoiceDb>()));

// One warm-up, then the median of 7 runs, each with a fresh context as a request would have.
static async Task<double> MeasureAsync(IServiceProvider services, Func<IServiceProvider, Task<int>> query)
{
    var times = new List<double>();
    for (var i = 0; i < 8; i++)
    {
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        await query(scope.ServiceProvider);
        if (i > 0)
        {
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    return times[times.Count / 2];
}

static async Task SeedAsync(IServiceProvider services, int count)
{
    string[] subjects =
    [
        "đường liên thôn xuống cấp", "ngập úng khi mưa lớn", "rác thải tồn đọng", "đèn chiếu sáng hỏng", "lấn chiếm vỉa hè",
        "tiếng ồn karaoke ban đêm", "chậm cấp giấy chứng nhận quyền sử dụng đất", "bồi thường giải phóng mặt bằng",
        "trợ cấp người có công", "học phí con em hộ nghèo", "nước sinh hoạt yếu", "ô nhiễm khói bụi nhà máy",
        "xây dựng không phép", "cán bộ gây phiền hà", "mất điện thường xuyên", "bảo hiểm y tế",
    ];
    string[] openings = ["Đề nghị giải quyết", "Phản ánh tình trạng", "Kiến nghị về", "Khiếu nại việc", "Tố cáo hành vi liên quan"];
    var random = new Random(42);
    List<(string Province, string Commune)> places;
    await using (var scope = services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>();
        places = (await db.Communes.AsNoTracking().Select(c => new { c.ProvinceCode, c.Code }).ToListAsync()).Select(c => (c.ProvinceCode, c.Code)).ToList();
    }

    var hanoiCommunes = places.Where(p => p.Province == "01").ToList();
    var kinds = Enum.GetValues<SubmissionKind>();
    var channels = Enum.GetValues<SubmissionChannel>();
    var now = DateTimeOffset.UtcNow;
    const int Batch = 5000;
    for (var done = 0; done < count; done += Batch)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CitizenVoiceDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = done; i < Math.Min(count, done + Batch); i++)
        {
            var (province, commune) = random.NextDouble() < 0.6 ? hanoiCommunes[random.Next(hanoiCommunes.Count)] : places[random.Next(places.Count)];
            var kind = kinds[random.Next(kinds.Length)];
            var subject = subjects[random.Next(subjects.Length)];
            var title = $"{openings[random.Next(openings.Length)]} {subject} tại khu dân cư số {random.Next(1, 300)}";
            var content = $"Người dân phản ánh {subject} kéo dài nhiều tháng, ảnh hưởng sinh hoạt của khoảng {random.Next(10, 500)} hộ gia đình. "
                + $"Đề nghị cơ quan chức năng kiểm tra, xử lý dứt điểm {subjects[random.Next(subjects.Length)]} và trả lời cho người dân được biết. "
                + $"Vụ việc đã được phản ánh {random.Next(1, 6)} lần nhưng chưa được giải quyết.";
            var receivedAt = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
            var draft = new SubmissionDraft(kind, channels[random.Next(channels.Length)], title, content, province, commune, "Số nhà " + random.Next(1, 200),
                new Submitter { FullName = "Người gửi " + i, Phone = "09" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture) },
                false, null, null, "2026-01");
            var submission = Submission.Receive(draft, TrackingCode.NewCode(), receivedAt);
            var roll = random.NextDouble();
            if (roll < 0.8)
            {
                submission.ApplySuggestion(new RoutingSuggestion("xay-dung-do-thi", (float)random.NextDouble(), "xa", 0.9f,
                    new AgencyChoice("UBND-X", "UBND xã"), [], roll < 0.12), receivedAt);
            }

            if (roll < 0.45)
            {
                submission.StartProcessing("bench", receivedAt.AddDays(1));
                submission.SetNextDue(DateOnly.FromDateTime(receivedAt.UtcDateTime.AddDays(random.Next(5, 45))));
            }
            else if (roll < 0.6)
            {
                submission.Archive("Đơn trùng, đã giải quyết.", "bench", receivedAt.AddDays(2));
            }
            else
            {
                submission.SetNextDue(DateOnly.FromDateTime(receivedAt.UtcDateTime.AddDays(14)));
            }

            db.Submissions.Add(submission);
        }

        await db.SaveChangesAsync();
    }
}
