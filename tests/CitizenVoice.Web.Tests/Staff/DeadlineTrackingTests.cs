using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Places;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Staff;

public sealed class DeadlineTrackingTests
{
    // Monday 2 November 2026, 09:00 in Hà Nội: no holiday in the next weeks, so the counts are easy to follow.
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReceiptOpensTheLetterClockAndTheKindsOwnClock()
    {
        var clock = new MutableClock(Monday);
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = clock;
        var complaint = await TriageData.SubmitAsync(app, kind: "khieu-nai");

        var clocks = await app.WithDbAsync(db => db.SubmissionDeadlines.Where(d => d.SubmissionId == complaint.Id).OrderBy(d => d.RuleId).ToListAsync(Ct));

        Assert.Equal([DeadlineRules.FirstComplaintAcceptance, DeadlineRules.LetterProcessing], clocks.Select(c => c.RuleId));
        Assert.Equal(new DateOnly(2026, 11, 12), clocks[0].DueDate);
        Assert.Equal(new DateOnly(2026, 11, 16), clocks[1].DueDate);
        Assert.Equal(new DateOnly(2026, 11, 12), (await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == complaint.Id, Ct))).NextDueOn);
    }

    [Fact]
    public async Task AcceptingClosesTheDecisionClocksAndStartsResolutionLongerInARemoteCommune()
    {
        var clock = new MutableClock(Monday);
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = clock;
        await app.WithDbAsync(db => db.Communes.Where(c => c.Code == "09700").ExecuteUpdateAsync(c => c.SetProperty(x => x.IsRemoteArea, true), Ct));
        await app.InScopeAsync(sp => { sp.GetRequiredService<PlaceCatalog>().Invalidate(); return Task.FromResult(0); });
        var remote = await TriageData.SubmitAsync(app, kind: "khieu-nai", commune: "09700");
        var city = await TriageData.SubmitAsync(app, kind: "khieu-nai");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        foreach (var id in new[] { remote.Id, city.Id })
        {
            await TriageData.PostStepAsync(client, id, "Start", cancellationToken: Ct);
            TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, id, "Accept", cancellationToken: Ct), id);
        }

        var remoteClocks = await app.WithDbAsync(db => db.SubmissionDeadlines.Where(d => d.SubmissionId == remote.Id).ToListAsync(Ct));
        var cityResolve = await app.WithDbAsync(db => db.SubmissionDeadlines.SingleAsync(d => d.SubmissionId == city.Id && d.RuleId == DeadlineRules.FirstComplaintResolution, Ct));

        Assert.All(remoteClocks.Where(c => c.RuleId != DeadlineRules.FirstComplaintResolution), c => Assert.NotNull(c.CompletedAt));
        var resolve = Assert.Single(remoteClocks, c => c.RuleId == DeadlineRules.FirstComplaintResolution);
        Assert.Null(resolve.CompletedAt);
        Assert.True(resolve.IsRemoteArea);
        Assert.Equal(new DateOnly(2026, 12, 17), resolve.DueDate);
        Assert.Contains("vùng sâu, vùng xa", resolve.BasisText, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 2), cityResolve.DueDate);

        var page = await client.GetStringAsync($"/staff/submissions/{remote.Id}", Ct);
        Assert.Contains("Giải quyết khiếu nại lần đầu", page, StringComparison.Ordinal);
        Assert.Contains("17/12/2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComplexityDecisionRecomputesAndDenunciationExtensionNeedsIt()
    {
        var clock = new MutableClock(Monday);
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = clock;
        var complaint = await TriageData.SubmitAsync(app, kind: "khieu-nai");
        var denunciation = await TriageData.SubmitAsync(app, kind: "to-cao");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        foreach (var id in new[] { complaint.Id, denunciation.Id })
        {
            await TriageData.PostStepAsync(client, id, "Start", cancellationToken: Ct);
            await TriageData.PostStepAsync(client, id, "Accept", cancellationToken: Ct);
        }

        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, complaint.Id, "Complexity",
            new() { ["complexity"] = "phuc-tap", ["reason"] = "Liên quan nhiều hộ dân và nhiều quyết định thu hồi đất." }, Ct), complaint.Id);
        var resolve = await app.WithDbAsync(db => db.SubmissionDeadlines.SingleAsync(d => d.SubmissionId == complaint.Id && d.RuleId == DeadlineRules.FirstComplaintResolution, Ct));
        Assert.Equal(new DateOnly(2026, 12, 17), resolve.DueDate);
        Assert.Equal(CaseComplexity.Complex, resolve.Complexity);

        var tcResolve = await app.WithDbAsync(db => db.SubmissionDeadlines.SingleAsync(d => d.SubmissionId == denunciation.Id && d.RuleId == DeadlineRules.DenunciationResolution, Ct));
        var extension = new Dictionary<string, string>
        {
            ["deadlineId"] = tcResolve.Id.ToString(), ["documentNumber"] = "15/QĐ-TTr", ["decidedOn"] = "2026-11-02", ["days"] = "30",
        };
        var refused = await TriageData.PostStepAsync(client, denunciation.Id, "Extend", extension, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("chỉ được gia hạn khi vụ việc được xác định là phức tạp", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await TriageData.PostStepAsync(client, denunciation.Id, "Complexity", new() { ["complexity"] = "phuc-tap", ["reason"] = "Phải xác minh tại nhiều địa điểm." }, Ct);
        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, denunciation.Id, "Extend", extension, Ct), denunciation.Id);
        var tooMany = await TriageData.PostStepAsync(client, denunciation.Id, "Extend", new Dictionary<string, string>(extension), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);

        var extended = await app.WithDbAsync(db => db.SubmissionDeadlines.SingleAsync(d => d.Id == tcResolve.Id, Ct));
        // 30 + 30 days from 2 November ends on 1 January, a holiday: the limit runs to the next working day.
        Assert.Equal(new DateOnly(2027, 1, 4), extended.DueDate);
        var decision = Assert.Single(extended.Extensions);
        Assert.Equal("15/QĐ-TTr", decision.DocumentNumber);
        Assert.Contains("15/QĐ-TTr", extended.BasisText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderJobSendsOneDigestPerPersonPerDay()
    {
        var clock = new MutableClock(Monday);
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = clock;
        var late = await TriageData.SubmitAsync(app, kind: "to-cao", title: "Tố cáo đã quá hạn xử lý ban đầu");
        var processorId = await app.CreateStaffAsync(StaffRoles.Processor, TriageData.Hanoi, "xuly.nhachan@test.citizenvoice.vn");
        await app.CreateStaffAsync(StaffRoles.Processor, TriageData.HoChiMinh, "xuly.hcm@test.citizenvoice.vn");
        clock.Advance(TimeSpan.FromDays(12));

        var first = await app.InScopeAsync(sp => sp.GetRequiredService<DeadlineReminderJob>().RunAsync(Ct));
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<DeadlineReminderJob>().RunAsync(Ct));

        Assert.Equal(1, first);
        Assert.Equal(0, again);
        var email = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(e => e.ToAddress == "xuly.nhachan@test.citizenvoice.vn", Ct));
        Assert.Contains("quá hạn", email.Subject, StringComparison.Ordinal);
        Assert.Contains(late.Id.ToString(), email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", email.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.ToAddress == "xuly.hcm@test.citizenvoice.vn", Ct)));
        var reminder = await app.WithDbAsync(db => db.DeadlineReminders.SingleAsync(Ct));
        Assert.Equal(processorId, reminder.UserId);

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await app.InScopeAsync(sp => sp.GetRequiredService<DeadlineReminderJob>().RunAsync(Ct)));
    }

    [Fact]
    public async Task OverviewAndDashboardCountOverdueAndDueSoonItems()
    {
        var clock = new MutableClock(Monday);
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = clock;
        await TriageData.SubmitAsync(app, kind: "to-cao", title: "Tố cáo sẽ quá hạn");
        clock.Advance(TimeSpan.FromDays(9));
        await TriageData.SubmitAsync(app, title: "Kiến nghị còn trong hạn");
        clock.Advance(TimeSpan.FromDays(3));
        var admin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
        var other = await app.CreateStaffClientAsync(StaffRoles.Administrator, "79");

        var overview = await admin.GetStringAsync("/staff/deadlines", Ct);
        var dashboard = await admin.GetStringAsync("/staff", Ct);
        var elsewhere = await other.GetStringAsync("/staff/deadlines", Ct);

        Assert.Contains("Văn phòng Đoàn ĐBQH và HĐND thành phố Hà Nội", overview, StringComparison.Ordinal);
        Assert.Contains("deadline=qua-han&unit=01.VP-DBQH-HDND-T", overview, StringComparison.Ordinal);
        Assert.Contains("Không có đơn nào quá hạn", elsewhere, StringComparison.Ordinal);
        Assert.Matches("id=\"tile-overdue\">\\s*<a[^>]*>\\s*<span class=\"stat-number\">1<", dashboard);
    }
}
