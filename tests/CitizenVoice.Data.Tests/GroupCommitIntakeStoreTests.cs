using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Data.Tests;

public sealed class GroupCommitIntakeStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task StoresEveryConcurrentIntakeAndFailsOnlyTheOneThatCannotBeStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        await using var services = database.DataServices();
        var store = services.GetRequiredService<IIntakeStore>();
        var now = DateTimeOffset.UtcNow;
        var submissions = Enumerable.Range(0, 40).Select(i => Submission.Receive(Draft($"Đèn chiếu sáng ngõ {i} hỏng"), TrackingCode.NewCode(), now)).ToList();
        // Two intakes claim the same idempotency key: the database's unique index must refuse exactly one of them.
        var writes = submissions.Select((s, i) => store.StoreAsync(
            i is 7 or 8 ? [s, new IdempotencyRecord("same-key", "hash", s.Id, now)] : [s], Ct)).ToList();

        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                await w;
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }));

        Assert.Equal(39, outcomes.Count(ok => ok));
        await using var check = database.NewContext();
        Assert.Equal(39, await check.Submissions.CountAsync(Ct));
        Assert.Equal(39, await check.SubmissionStatusChanges.CountAsync(Ct));
        Assert.Equal(1, await check.IdempotencyRecords.CountAsync(Ct));
    }

    private static SubmissionDraft Draft(string title) => new(SubmissionKind.Feedback, SubmissionChannel.Api, title,
        "Ba bóng đèn chiếu sáng trong ngõ hỏng hai tuần nay, buổi tối rất tối.", "01", "00070", null,
        new Submitter { FullName = "Vũ Thị Mai", Phone = "0912345678" }, false, null, null, "2026-01");
}
