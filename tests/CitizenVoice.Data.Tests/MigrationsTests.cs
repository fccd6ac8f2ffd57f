using CitizenVoice.Core.Email;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CitizenVoice.Data.Tests;

public sealed class MigrationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void EachProviderHasMigrationsMatchingTheModel(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<CitizenVoiceDbContext>();
        var connection = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.PostgreSql => "Host=127.0.0.1;Database=unused",
            _ => "Server=127.0.0.1;Database=unused;TrustServerCertificate=True",
        };
        DataServiceCollectionExtensions.Configure(options, provider, connection);
        using var db = new CitizenVoiceDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes without a {provider} migration: run docs/add-migration.sh");
    }

    [Fact]
    public void SqlServerMigrationsGenerateAScript()
    {
        var options = new DbContextOptionsBuilder<CitizenVoiceDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseProvider.SqlServer, "Server=127.0.0.1;Database=unused;TrustServerCertificate=True");
        using var db = new CitizenVoiceDbContext(options.Options);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Submissions]", script, StringComparison.Ordinal);
        Assert.Contains("[SubmitterFullName] nvarchar(120)", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MigratesSeedsAndRoundTripsASubmission(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync(Ct);
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync(Ct);
            Assert.Equal(34, await db.Provinces.CountAsync(Ct));
            Assert.Equal(3314, await db.Communes.CountAsync(Ct));
        }

        var receivedAt = new DateTimeOffset(2026, 11, 23, 3, 4, 5, TimeSpan.Zero);
        var draft = new SubmissionDraft(SubmissionKind.Complaint, SubmissionChannel.Online, "Khiếu nại quyết định thu hồi đất",
            "Nội dung khiếu nại về bồi thường khi thu hồi đất nông nghiệp.", "01", "00454", "Thôn Đông",
            new Submitter { FullName = "Đặng Văn Toàn", Phone = "0978123456", Email = "toan@example.vn" }, false,
            "Quyết định 1520/QĐ-UBND", new DateOnly(2026, 11, 1), "2026-01");
        var submission = Submission.Receive(draft, TrackingCode.NewCode(), receivedAt);
        submission.MoveTo(SubmissionStatus.InProgress, "Đang xem xét", null, receivedAt.AddDays(1));
        await using (var db = database.NewContext())
        {
            db.Submissions.Add(submission);
            db.OutboxEmails.Add(new OutboxEmail("toan@example.vn", "Đặng Văn Toàn", "Tiêu đề", "Nội dung", receivedAt, submission.Id));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.NewContext())
        {
            var read = await db.Submissions.Include(s => s.History).SingleAsync(s => s.TrackingCode == submission.TrackingCode, Ct);
            Assert.Equal(SubmissionKind.Complaint, read.Kind);
            Assert.Equal("Đặng Văn Toàn", read.Submitter.FullName);
            Assert.Equal(receivedAt, read.ReceivedAt);
            Assert.Equal(new DateOnly(2026, 11, 1), read.ComplaintLearnedOn);
            Assert.Equal([SubmissionStatus.Received, SubmissionStatus.InProgress], read.History.OrderBy(h => h.At).Select(h => h.Status));
            var due = await db.OutboxEmails.Where(e => e.SentAt == null && e.NextAttemptAt <= receivedAt.AddMinutes(1)).CountAsync(Ct);
            Assert.Equal(1, due);
            var byDate = await db.Submissions.Where(s => s.ReceivedAt > receivedAt.AddHours(-1)).OrderByDescending(s => s.ReceivedAt).CountAsync(Ct);
            Assert.Equal(1, byDate);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConcurrentEditsOfOneSubmissionConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var now = DateTimeOffset.UtcNow;
        var submission = Submission.Receive(
            new SubmissionDraft(SubmissionKind.Feedback, SubmissionChannel.Online, "Đèn đường hỏng", "Đèn đường ngõ 5 hỏng đã hai tuần nay.",
                "01", "00070", null, new Submitter { FullName = "Vũ Thị Mai", Phone = "0912345678" }, false, null, null, "2026-01"),
            TrackingCode.NewCode(), now);
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync(Ct);
            await ReferenceDataSeeder.SeedAsync(db, Ct);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync(Ct);
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Submissions.SingleAsync(s => s.Id == submission.Id, Ct);
        var b = await second.Submissions.SingleAsync(s => s.Id == submission.Id, Ct);
        a.MoveTo(SubmissionStatus.InProgress, "Cán bộ A nhận xử lý", "a", now);
        b.MoveTo(SubmissionStatus.Archived, "Cán bộ B lưu đơn", "b", now);

        await first.SaveChangesAsync(Ct);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
    }
}
