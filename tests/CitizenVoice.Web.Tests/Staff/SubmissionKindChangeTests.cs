using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Staff;

/// <summary>Staff correct an item's kind; the old kind's running clocks stop and the new kind's start from the right dates.</summary>
public sealed class SubmissionKindChangeTests
{
    // Monday 2 November 2026, 09:00 in Hà Nội: no holiday in the following weeks, so the counts are easy to follow.
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ReceivedOn = new(2026, 11, 2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ARecommendationCorrectedToAComplaintGetsTheAcceptanceClockFromTheDayOfReceipt()
    {
        var clock = new MutableClock(Monday);
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = clock;
        var item = await TriageData.SubmitAsync(app, title: "Đề nghị xem lại việc thu hồi đất nông nghiệp của gia đình");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, item.Id, "Start", cancellationToken: Ct), item.Id);
        var letterClock = await app.WithDbAsync(db => db.SubmissionDeadlines.SingleAsync(d => d.SubmissionId == item.Id, Ct));
        clock.Advance(TimeSpan.FromDays(3));

        var changed = await TriageData.PostStepAsync(client, item.Id, "Kind", new()
        {
            ["kind"] = "khieu-nai",
            ["reason"] = "Người gửi đề nghị xem xét lại Quyết định thu hồi đất số 12/QĐ-UBND: đây là khiếu nại quyết định hành chính.",
            ["complaintSubject"] = "Quyết định số 12/QĐ-UBND ngày 15/10/2026 về thu hồi đất nông nghiệp",
            ["complaintLearnedOn"] = "2026-10-20",
        }, Ct);

        TriageData.AssertRedirectToItem(changed, item.Id);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct));
        var clocks = await ClocksAsync(app, item.Id);
        Assert.Equal(SubmissionKind.Complaint, stored.Kind);
        Assert.Equal(new DateOnly(2026, 10, 20), stored.ComplaintLearnedOn);
        Assert.Equal([DeadlineRules.FirstComplaintAcceptance, DeadlineRules.LetterProcessing], clocks.Select(c => c.RuleId));
        var acceptance = clocks[0];
        Assert.Null(acceptance.CompletedAt);
        Assert.Equal(ReceivedOn, acceptance.StartDate);
        Assert.Equal(new DateOnly(2026, 11, 12), acceptance.DueDate);
        Assert.Equal(letterClock.Id, clocks[1].Id);
        Assert.Equal(letterClock.DueDate, clocks[1].DueDate);
        Assert.Null(clocks[1].CompletedAt);
        Assert.Equal(new DateOnly(2026, 11, 12), stored.NextDueOn);

        var note = await app.WithDbAsync(db => db.SubmissionStatusChanges.Where(h => h.SubmissionId == item.Id).OrderBy(h => h.At).LastAsync(Ct));
        Assert.StartsWith("Đơn được xác định lại là khiếu nại (trước đây ghi là kiến nghị)", note.PublicNote, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.SubjectId == item.Id.ToString() && a.Action == AuditActions.Reclassify, Ct));
        Assert.Contains("Kiến nghị → Khiếu nại", audit.Details, StringComparison.Ordinal);
        Assert.Contains("đây là khiếu nại", (await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.SubmissionId == item.Id).OrderBy(e => e.CreatedAt).LastAsync(Ct))).TextBody, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/staff/submissions/{item.Id}", Ct);
        Assert.Contains("Thụ lý khiếu nại lần đầu", page, StringComparison.Ordinal);
        Assert.Contains("12/11/2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcceptedItemCorrectedToAComplaintGetsTheResolutionClockFromTheDayOfAcceptance()
    {
        var clock = new MutableClock(Monday);
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = clock;
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        await TriageData.PostStepAsync(client, item.Id, "Start", cancellationToken: Ct);
        clock.Advance(TimeSpan.FromDays(2));
        var acceptedAt = clock.Now;
        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, item.Id, "Accept", cancellationToken: Ct), item.Id);
        clock.Advance(TimeSpan.FromDays(7));

        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, item.Id, "Kind", new()
        {
            ["kind"] = "khieu-nai",
            ["reason"] = "Nội dung là khiếu nại quyết định xử phạt vi phạm hành chính.",
            ["complaintSubject"] = "Quyết định xử phạt số 45/QĐ-XPHC",
            ["complaintLearnedOn"] = "2026-10-28",
        }, Ct), item.Id);

        var clocks = await ClocksAsync(app, item.Id);
        Assert.Equal([DeadlineRules.FirstComplaintAcceptance, DeadlineRules.FirstComplaintResolution, DeadlineRules.LetterProcessing], clocks.Select(c => c.RuleId));
        // Acceptance was already done: the clock is on record as met on that day.
        Assert.Equal(ReceivedOn, clocks[0].StartDate);
        Assert.Equal(acceptedAt, clocks[0].CompletedAt);
        Assert.False(clocks[0].IsCancelled);
        Assert.Equal(new DateOnly(2026, 11, 4), clocks[1].StartDate);
        Assert.Equal(new DateOnly(2026, 12, 4), clocks[1].DueDate);
        Assert.Null(clocks[1].CompletedAt);
        Assert.Equal(acceptedAt, clocks[2].CompletedAt);
        Assert.Equal(new DateOnly(2026, 12, 4), (await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct))).NextDueOn);
    }

    [Fact]
    public async Task ADenunciationCorrectedByItsHandlerCancelsTheDenunciationClocks()
    {
        var clock = new MutableClock(Monday);
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = clock;
        var item = await TriageData.SubmitAsync(app, kind: "to-cao", title: "Đề nghị xem xét việc cấp phép xây dựng sai quy hoạch");
        var handlerId = await app.CreateStaffAsync(StaffRoles.Processor, TriageData.Hanoi);
        var handler = app.CreateStaffClient(handlerId);
        var colleague = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        await TriageData.PostStepAsync(handler, item.Id, "Start", cancellationToken: Ct);
        await TriageData.PostStepAsync(handler, item.Id, "Accept", cancellationToken: Ct);
        var fields = new Dictionary<string, string>
        {
            ["kind"] = "kien-nghi",
            ["reason"] = "Người gửi không tố cáo hành vi vi phạm của cá nhân nào mà kiến nghị rà soát quy hoạch.",
        };

        var byColleague = await TriageData.PostStepAsync(colleague, item.Id, "Kind", fields, Ct);
        await TriageData.PostStepAsync(handler, item.Id, "Assign", new() { ["staffUserId"] = handlerId }, Ct);
        var byHandler = await TriageData.PostStepAsync(handler, item.Id, "Kind", fields, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, byColleague.StatusCode);
        Assert.Contains("bỏ chế độ bảo mật danh tính người tố cáo", await byColleague.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        TriageData.AssertRedirectToItem(byHandler, item.Id);
        var clocks = await ClocksAsync(app, item.Id);
        Assert.All(clocks, c => Assert.NotNull(c.CompletedAt));
        var notice = Assert.Single(clocks, c => c.RuleId == DeadlineRules.DenunciationNotice);
        var resolution = Assert.Single(clocks, c => c.RuleId == DeadlineRules.DenunciationResolution);
        Assert.True(notice.IsCancelled);
        Assert.True(resolution.IsCancelled);
        Assert.Equal("Đơn được xác định lại là kiến nghị; thời hạn này không áp dụng.", resolution.CancelReason);
        Assert.False(clocks.Single(c => c.RuleId == DeadlineRules.DenunciationInitialProcessing).IsCancelled);
        Assert.Null((await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct))).NextDueOn);
        Assert.Contains("Đã hủy", await handler.GetStringAsync($"/staff/submissions/{item.Id}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AComplaintNeedsItsSubjectAndDateAndAReasonShownNextToTheFields()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var response = await TriageData.PostStepAsync(client, item.Id, "Kind", new() { ["kind"] = "khieu-nai", ["reason"] = "" }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"reason-error\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"complaintSubject-error\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"complaintLearnedOn-error\">Vui lòng nhập ngày người khiếu nại biết được", html, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct));
        Assert.Equal(SubmissionKind.Recommendation, stored.Kind);
        Assert.Equal([DeadlineRules.LetterProcessing], (await ClocksAsync(app, item.Id)).Select(c => c.RuleId));
    }

    [Fact]
    public async Task AForwardedItemKeepsItsKindAndAResponderCannotChangeIt()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var processor = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        var responder = await app.CreateStaffClientAsync(StaffRoles.AgencyResponder, "01.SXD");
        await TriageData.PostStepAsync(processor, item.Id, "Start", cancellationToken: Ct);
        await TriageData.PostStepAsync(processor, item.Id, "Forward", new() { ["unitCode"] = "01.SXD" }, Ct);
        var fields = new Dictionary<string, string> { ["kind"] = "phan-anh", ["reason"] = "Nội dung là phản ánh tình trạng đường hỏng." };

        var byProcessor = await TriageData.PostStepAsync(processor, item.Id, "Kind", fields, Ct);
        var byResponder = await TriageData.PostStepAsync(responder, item.Id, "Kind", fields, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, byProcessor.StatusCode);
        Assert.Contains("Chỉ sửa loại đơn khi đơn mới tiếp nhận, đang xử lý hoặc đã thụ lý", await byProcessor.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byResponder.StatusCode);
        Assert.Equal(SubmissionKind.Recommendation, (await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct))).Kind);
        Assert.DoesNotContain("handler=Kind", await processor.GetStringAsync($"/staff/submissions/{item.Id}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffApiChangesTheKindAndShowsTheCancelledClock()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app, kind: "khieu-nai");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var response = await client.PostAsJsonAsync($"/api/v1/staff/submissions/{item.Id}/kind",
            new { version = 0, kind = "kien-nghi", reason = "Người gửi không khiếu nại quyết định nào, chỉ kiến nghị sửa đường." }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("kien-nghi", detail.GetProperty("kind").GetString());
        var acceptance = detail.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == DeadlineRules.FirstComplaintAcceptance);
        Assert.False(acceptance.GetProperty("open").GetBoolean());
        Assert.Equal("Đơn được xác định lại là kiến nghị; thời hạn này không áp dụng.", acceptance.GetProperty("cancelReason").GetString());
        Assert.Null((await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct))).ComplaintSubject);
    }

    private static Task<List<SubmissionDeadline>> ClocksAsync(CitizenVoiceApp app, Guid id) =>
        app.WithDbAsync(db => db.SubmissionDeadlines.Where(d => d.SubmissionId == id).OrderBy(d => d.RuleId).ToListAsync(Ct));
}
