using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Reception;
using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Data.Tests;

/// <summary>
/// Intake stores its rows with its own multi-row INSERTs (AddedRowsWriter) instead of SaveChanges: what lands in the
/// database must be exactly what SaveChanges would have written, column for column.
/// </summary>
public sealed class IntakeRowsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task IntakeStoresEveryColumnAsSaveChangesWould(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var services = database.DataServices();
        var now = new DateTimeOffset(2026, 11, 30, 2, 15, 42, 123, TimeSpan.Zero);
        var viaIntake = Complaint(now);
        var viaSaveChanges = Complaint(now);

        await using (var db = database.NewContext())
        {
            // The fast path must take a whole submission graph; a model change that sent it back to SaveChanges
            // would still store correctly but silently lose the intake speed.
            Assert.NotNull(AddedRowsWriter.TryCollectRows(db.Model, Graph(viaIntake, now), out var reason));
            Assert.Null(reason);
        }

        await services.GetRequiredService<IIntakeStore>().StoreAsync(Graph(viaIntake, now), Ct);
        await using (var db = database.NewContext())
        {
            db.AddRange(Graph(viaSaveChanges, now));
            await db.SaveChangesAsync(Ct);
        }

        await using var check = database.NewContext();
        var stored = await check.Submissions.Include(s => s.History).Include(s => s.Attachments)
            .Where(s => s.Id == viaIntake.Id || s.Id == viaSaveChanges.Id).ToListAsync(Ct);
        var a = stored.Single(s => s.Id == viaIntake.Id);
        var b = stored.Single(s => s.Id == viaSaveChanges.Id);
        Assert.Equal("Nguyễn Thị Hằng", a.Submitter.FullName);
        Assert.Equal(SubmissionKind.Complaint, a.Kind);
        Assert.Equal(now, a.ReceivedAt);
        AssertSameColumns(check.Entry(a), check.Entry(b));
        AssertSameColumns(check.Entry(a).Reference(s => s.Submitter).TargetEntry!, check.Entry(b).Reference(s => s.Submitter).TargetEntry!);
        AssertSameColumns(check.Entry(a.History.Single()), check.Entry(b.History.Single()));
        AssertSameColumns(check.Entry(a.Attachments.Single()), check.Entry(b.Attachments.Single()));
        var clocks = await check.SubmissionDeadlines.Where(d => d.SubmissionId == a.Id || d.SubmissionId == b.Id).ToListAsync(Ct);
        AssertSameColumns(check.Entry(clocks.Single(d => d.SubmissionId == a.Id)), check.Entry(clocks.Single(d => d.SubmissionId == b.Id)));
        var visits = await check.ReceptionVisits.Include(v => v.People).Where(v => v.SubmissionId == a.Id || v.SubmissionId == b.Id).ToListAsync(Ct);
        var visitA = visits.Single(v => v.SubmissionId == a.Id);
        var visitB = visits.Single(v => v.SubmissionId == b.Id);
        AssertSameColumns(check.Entry(visitA), check.Entry(visitB));
        Assert.Equal(2, visitA.People.Count);
        foreach (var (personA, personB) in visitA.People.OrderBy(p => p.Position).Zip(visitB.People.OrderBy(p => p.Position)))
        {
            AssertSameColumns(check.Entry(personA), check.Entry(personB));
        }

        var emails = await check.OutboxEmails.Where(e => e.SubmissionId == a.Id || e.SubmissionId == b.Id).ToListAsync(Ct);
        AssertSameColumns(check.Entry(emails.Single(e => e.SubmissionId == a.Id)), check.Entry(emails.Single(e => e.SubmissionId == b.Id)));
    }

    [Fact]
    public async Task RowsWithAKeyTheDatabaseGeneratesAreStoredThroughSaveChanges()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var services = database.DataServices();
        var now = DateTimeOffset.UtcNow;
        var submission = Complaint(now);
        // The key of a Data Protection key row is numbered by the database, which only SaveChanges reads back.
        var key = new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey { FriendlyName = "test", Xml = "<key />" };

        await services.GetRequiredService<IIntakeStore>().StoreAsync([.. Graph(submission, now), key], Ct);

        await using var check = database.NewContext();
        Assert.Equal(1, await check.Submissions.CountAsync(s => s.Id == submission.Id, Ct));
        Assert.Equal(1, await check.OutboxEmails.CountAsync(e => e.SubmissionId == submission.Id, Ct));
        Assert.Equal(1, await check.DataProtectionKeys.CountAsync(k => k.FriendlyName == "test", Ct));
    }

    private static void AssertSameColumns(EntityEntry a, EntityEntry b)
    {
        foreach (var property in a.Metadata.GetProperties())
        {
            // Ids (keys, references, the outbox's submission id), codes and storage keys differ by design.
            if (property.ClrType == typeof(Guid) || property.ClrType == typeof(Guid?) || property.Name is nameof(Submission.TrackingCode) or "StorageKey")
            {
                continue;
            }

            Assert.True(Equals(a.Property(property.Name).CurrentValue, b.Property(property.Name).CurrentValue),
                $"{a.Metadata.DisplayName()}.{property.Name}: intake stored {a.Property(property.Name).CurrentValue ?? "null"}, SaveChanges {b.Property(property.Name).CurrentValue ?? "null"}");
        }
    }

    private static Submission Complaint(DateTimeOffset now)
    {
        var draft = new SubmissionDraft(SubmissionKind.Complaint, SubmissionChannel.Online, "Khiếu nại quyết định thu hồi đất",
            "Gia đình tôi không đồng ý với mức bồi thường khi thu hồi 120 m² đất ở tại thôn Đông.", "01", "00070",
            "Số 12 ngõ 5 phố Hàng Bạc", new Submitter { FullName = "Nguyễn Thị Hằng", Phone = "0912345678", Email = "hang.nguyen@example.vn", IdNumber = "001190012345" },
            false, "Quyết định số 215/QĐ-UBND ngày 02/10/2026", new DateOnly(2026, 10, 5), "2026-01");
        return Submission.Receive(draft, TrackingCode.NewCode(), now);
    }

    private static List<object> Graph(Submission submission, DateTimeOffset now) =>
        [
            submission,
            new SubmissionAttachment(submission.Id, "quyet-dinh-215.pdf", "application/pdf", 48_213, $"key-{Guid.NewGuid():N}", new string('a', 64)),
            new OutboxEmail("hang.nguyen@example.vn", "Nguyễn Thị Hằng", "Tiếp nhận đơn", "Đơn của Bà đã được tiếp nhận.", now, submission.Id),
            new SubmissionDeadline(submission.Id, Clocks.Compute("XLD", DateOnly.FromDateTime(now.UtcDateTime)), DeadlineFactors.None, now),
            // The people of a visit know their visit only through its collection: the writer must fill in the reference.
            new ReceptionVisit("01.VP-DBQH-HDND-T", now, now, "officer-1", "Trần Văn Bình", SubmissionChannel.Reception, false, 2,
                ["Đơn khiếu nại (2 trang)", "Bản sao Quyết định 215/QĐ-UBND"], ReceptionHandling.AcceptedLetter, null, submission.Id,
                [new ReceptionVisitPerson(1, "Nguyễn Thị Hằng", "001190012345", "0912345678", "Số 12 ngõ 5 phố Hàng Bạc", true),
                 new ReceptionVisitPerson(2, "Lê Văn Tâm", null, null, null, false)]),
        ];

    private static readonly DeadlineCalculator Clocks = new(WorkingDayCalendar.WeekendsOnly);
}
