using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Submissions.Workflow;
using CitizenVoice.Core.Units;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Staff;

public sealed class ItemWorkflowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProcessorStartsAcceptsAndAnswersAndTheCitizenIsEmailedEachStep()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, item.Id, "Start", cancellationToken: Ct), item.Id);
        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, item.Id, "Accept", cancellationToken: Ct), item.Id);
        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(client, item.Id, "Answer", new()
        {
            ["answer"] = "UBND phường đã bố trí kinh phí sửa chữa tuyến đường trong quý I năm 2027.",
            ["documentNumber"] = "125/UBND-QLĐT",
        }, Ct), item.Id);

        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct));
        var history = await app.WithDbAsync(db => db.SubmissionStatusChanges.Where(h => h.SubmissionId == item.Id).OrderBy(h => h.At).ToListAsync(Ct));
        var emails = await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.SubmissionId == item.Id).OrderBy(e => e.CreatedAt).ToListAsync(Ct));
        var audit = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == item.Id.ToString() && a.Action == AuditActions.StatusChange, Ct));
        Assert.Equal(SubmissionStatus.Answered, stored.Status);
        Assert.True(stored.IsClosed);
        Assert.Equal([SubmissionStatus.Received, SubmissionStatus.InProgress, SubmissionStatus.Accepted, SubmissionStatus.Answered], history.Select(h => h.Status));
        Assert.Contains("125/UBND-QLĐT", history[^1].PublicNote, StringComparison.Ordinal);
        Assert.Equal(4, emails.Count);
        Assert.Contains("Đã trả lời", emails[^1].Subject, StringComparison.Ordinal);
        Assert.Contains("bố trí kinh phí sửa chữa", emails[^1].TextBody, StringComparison.Ordinal);
        Assert.Equal(3, audit);

        var page = await client.GetStringAsync($"/staff/submissions/{item.Id}", Ct);
        Assert.DoesNotContain("handler=Accept", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAStepTheWorkflowDoesNotAllowAndChangesNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var response = await TriageData.PostStepAsync(client, item.Id, "Accept", cancellationToken: Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("không thể chuyển sang", html, StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Received, await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == item.Id).Select(s => s.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ArchiveNeedsAReasonAndIneligibleLettersAreFiled()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var missing = await TriageData.PostStepAsync(client, item.Id, "Archive", new() { ["reason"] = "" }, Ct);
        var anonymous = await TriageData.PostStepAsync(client, item.Id, "Eligibility", new() { ["eligible"] = "true", ["anonymousOrFalseName"] = "true" }, Ct);
        var notEligible = await TriageData.PostStepAsync(client, item.Id, "Eligibility", new() { ["eligible"] = "false", ["reason"] = "Đơn mạo danh người khác." }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("Vui lòng nhập lý do lưu đơn", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, anonymous.StatusCode);
        Assert.Contains("Đơn nặc danh, mạo danh không đủ điều kiện", await anonymous.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        TriageData.AssertRedirectToItem(notEligible, item.Id);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct));
        Assert.Equal(SubmissionStatus.Archived, stored.Status);
        Assert.False(stored.IsEligible);
    }

    [Fact]
    public async Task AnonymousDenunciationWithEvidenceMayGoOn()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app, kind: "to-cao", title: "Tố cáo hành vi nhận hối lộ");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var response = await TriageData.PostStepAsync(client, item.Id, "Eligibility",
            new() { ["eligible"] = "true", ["anonymousOrFalseName"] = "true", ["anonymousWithEvidence"] = "true" }, Ct);

        TriageData.AssertRedirectToItem(response, item.Id);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct));
        Assert.Equal(SubmissionStatus.InProgress, stored.Status);
        Assert.True(stored.AnonymousWithEvidence);
    }

    [Fact]
    public async Task GuidesTheSenderOnlyOnce()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        await TriageData.PostStepAsync(client, item.Id, "Start", cancellationToken: Ct);

        var first = await TriageData.PostStepAsync(client, item.Id, "Guide", new() { ["guidance"] = "Đề nghị Ông gửi đơn đến Tòa án nhân dân khu vực 1 – Hà Nội." }, Ct);
        var second = await TriageData.PostStepAsync(client, item.Id, "Guide", new() { ["guidance"] = "Hướng dẫn lần thứ hai cho cùng một đơn.", ["version"] = "2" }, Ct);

        TriageData.AssertRedirectToItem(first, item.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.SubmissionStatusChanges.CountAsync(h => h.SubmissionId == item.Id && h.Status == SubmissionStatus.Guided, Ct)));
    }

    [Fact]
    public async Task DuplicateIsLinkedToTheEarlierItemAndFiledWithoutRestartingItsClocks()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var master = await TriageData.SubmitAsync(app, title: "Đề nghị sửa đường liên thôn lần đầu");
        var duplicate = await TriageData.SubmitAsync(app, title: "Đề nghị sửa đường liên thôn gửi lại");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        var masterClocks = await app.WithDbAsync(db => db.SubmissionDeadlines.AsNoTracking().Where(d => d.SubmissionId == master.Id).ToListAsync(Ct));

        var response = await TriageData.PostStepAsync(client, duplicate.Id, "Duplicate", new() { ["masterTrackingCode"] = TrackingCode.Format(master.TrackingCode) }, Ct);

        TriageData.AssertRedirectToItem(response, duplicate.Id);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == duplicate.Id, Ct));
        Assert.Equal(master.Id, stored.DuplicateOfId);
        Assert.Equal(SubmissionStatus.Archived, stored.Status);
        Assert.Null(stored.NextDueOn);
        var after = await app.WithDbAsync(db => db.SubmissionDeadlines.AsNoTracking().Where(d => d.SubmissionId == master.Id).ToListAsync(Ct));
        Assert.Equal(masterClocks.Select(c => (c.RuleId, c.DueDate, c.CompletedAt)), after.Select(c => (c.RuleId, c.DueDate, c.CompletedAt)));
        var masterPage = await client.GetStringAsync($"/staff/submissions/{master.Id}", Ct);
        Assert.Contains("Đơn trùng đã gộp vào đơn này", masterPage, StringComparison.Ordinal);
        Assert.Contains("Đề nghị sửa đường liên thôn gửi lại", masterPage, StringComparison.Ordinal);

        var self = await TriageData.PostStepAsync(client, master.Id, "Duplicate", new() { ["masterTrackingCode"] = master.TrackingCode }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
    }

    [Fact]
    public async Task ForwardingAssignsTheUnitWhoseResponderThenSeesAndAnswersTheItem()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app, title: "Đề nghị sửa chữa cầu Đông Trù");
        await TriageData.SuggestAsync(app, item.Id, "giao-thong", "tinh", "SXD", 0.88f);
        var processor = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        var responder = await app.CreateStaffClientAsync(StaffRoles.AgencyResponder, "01.SXD");
        Assert.Equal(HttpStatusCode.NotFound, (await responder.GetAsync($"/staff/submissions/{item.Id}", Ct)).StatusCode);
        await TriageData.PostStepAsync(processor, item.Id, "Start", cancellationToken: Ct);

        var page = await processor.GetStringAsync($"/staff/submissions/{item.Id}", Ct);
        Assert.Contains("value=\"01.SXD\" checked", page, StringComparison.Ordinal);
        var forwarded = await TriageData.PostStepAsync(processor, item.Id, "Forward", new() { ["unitCode"] = "01.SXD" }, Ct);

        TriageData.AssertRedirectToItem(forwarded, item.Id);
        var stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct));
        Assert.Equal(SubmissionStatus.Forwarded, stored.Status);
        Assert.Equal("01.SXD", stored.AssignedUnitCode);
        Assert.Equal(TriageData.Hanoi, stored.ForwardedByUnitCode);
        Assert.Contains("Đề nghị sửa chữa cầu Đông Trù", await responder.GetStringAsync("/staff/submissions", Ct), StringComparison.Ordinal);

        var answered = await TriageData.PostStepAsync(responder, item.Id, "Answer",
            new() { ["answer"] = "Sở Xây dựng đã giao Ban Duy tu khảo sát, sửa chữa cầu trong tháng 12/2026." }, Ct);
        TriageData.AssertRedirectToItem(answered, item.Id);
        stored = await app.WithDbAsync(db => db.Submissions.SingleAsync(s => s.Id == item.Id, Ct));
        Assert.Equal(SubmissionStatus.Answered, stored.Status);
        Assert.Equal("01.SXD", stored.AnsweredByUnitCode);
    }

    [Fact]
    public async Task ResponderCannotTakeProcessingSteps()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var processor = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        await TriageData.PostStepAsync(processor, item.Id, "Start", cancellationToken: Ct);
        await TriageData.PostStepAsync(processor, item.Id, "Forward", new() { ["unitCode"] = "01.SXD" }, Ct);
        var responder = await app.CreateStaffClientAsync(StaffRoles.AgencyResponder, "01.SXD");

        var response = await TriageData.PostStepAsync(responder, item.Id, "Archive", new() { ["reason"] = "Không thuộc thẩm quyền của Sở." }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(SubmissionStatus.Forwarded, await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == item.Id).Select(s => s.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task StaleVersionIsRefusedWithAReloadMessageAndChangesNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        await TriageData.PostStepAsync(client, item.Id, "Start", cancellationToken: Ct);

        var response = await TriageData.PostStepAsync(client, item.Id, "Archive", new() { ["version"] = "0", ["reason"] = "Đơn đã được giải quyết trước đó." }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Đơn vừa được người khác cập nhật. Vui lòng tải lại trang.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.InProgress, await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == item.Id).Select(s => s.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task TwoConcurrentEditsOfTheSameVersionLetOnlyTheFirstWin()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var userA = await app.CreateStaffAsync(StaffRoles.Processor, TriageData.Hanoi);
        var scope = new StaffScope(userA, "Cán bộ A", TriageData.Hanoi, new HashSet<string> { StaffRoles.Processor });
        await app.InScopeAsync(sp => sp.GetRequiredService<StartProcessing>().ExecuteAsync(new(item.Id, 0), scope, Ct));

        // Two editors loaded version 1; both try. The database's concurrency token must refuse the second even if
        // the in-memory version check passed (the first save lands between read and write).
        var results = await app.InScopeAsync(async sp1 =>
        {
            await using var scope2 = sp1.CreateAsyncScope();
            var db1 = sp1.GetRequiredService<Data.CitizenVoiceDbContext>();
            var db2 = scope2.ServiceProvider.GetRequiredService<Data.CitizenVoiceDbContext>();
            var a = await db1.Submissions.SingleAsync(s => s.Id == item.Id, Ct);
            var b = await db2.Submissions.SingleAsync(s => s.Id == item.Id, Ct);
            a.Accept(userA, DateTimeOffset.UtcNow);
            b.Archive("Lưu đơn song song.", userA, DateTimeOffset.UtcNow);
            await db1.SaveChangesAsync(Ct);
            return await Record.ExceptionAsync(() => db2.SaveChangesAsync(Ct));
        });
        Assert.IsType<DbUpdateConcurrencyException>(results);

        var viaUseCase = await app.InScopeAsync(sp => sp.GetRequiredService<ArchiveSubmission>().ExecuteAsync(new(item.Id, 1, "Lưu đơn với phiên bản cũ."), scope, Ct));
        Assert.Equal(WorkflowOutcome.Conflict, viaUseCase.Outcome);
        Assert.Equal(SubmissionStatus.Accepted, await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == item.Id).Select(s => s.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ItemOfAnotherUnitIsNotFound()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var other = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.HoChiMinh);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/submissions/{item.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/staff/submissions/{Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ContactDetailsAreMaskedUntilRevealedAndTheRevealIsAudited()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var masked = await client.GetStringAsync($"/staff/submissions/{item.Id}", Ct);
        Assert.Contains("09•• ••• 678", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("nguyenvanan@example.vn", masked, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ViewContact, Ct)));

        var revealed = await TriageData.PostStepAsync(client, item.Id, "Reveal", cancellationToken: Ct);
        var html = await revealed.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains("0912345678", html, StringComparison.Ordinal);
        Assert.Contains("nguyenvanan@example.vn", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ViewContact && a.SubjectId == item.Id.ToString(), Ct)));
    }

    [Fact]
    public async Task DenouncerIdentityIsSecretExceptToTheAssignedHandlerAndGoverningAdministrators()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app, kind: "to-cao", title: "Tố cáo cán bộ thu tiền trái phép", fullName: "Đặng Thị Kín Đáo");
        var handlerId = await app.CreateStaffAsync(StaffRoles.Processor, TriageData.Hanoi);
        var handler = app.CreateStaffClient(handlerId);
        var colleague = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        var admin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");

        TriageData.AssertRedirectToItem(await TriageData.PostStepAsync(colleague, item.Id, "Assign", new() { ["staffUserId"] = handlerId }, Ct), item.Id);

        var colleaguePage = await colleague.GetStringAsync($"/staff/submissions/{item.Id}", Ct);
        Assert.Contains("(Danh tính người tố cáo được giữ bí mật)", colleaguePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Đặng Thị Kín Đáo", colleaguePage, StringComparison.Ordinal);
        Assert.DoesNotContain("09•• ••• 678", colleaguePage, StringComparison.Ordinal);
        var refused = await TriageData.PostStepAsync(colleague, item.Id, "Reveal", new() { ["reason"] = "Muốn biết người tố cáo." }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var handlerPage = await handler.GetStringAsync($"/staff/submissions/{item.Id}", Ct);
        Assert.DoesNotContain("Đặng Thị Kín Đáo", handlerPage, StringComparison.Ordinal);
        var noReason = await TriageData.PostStepAsync(handler, item.Id, "Reveal", new() { ["reason"] = "" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var shown = await TriageData.PostStepAsync(handler, item.Id, "Reveal", new() { ["reason"] = "Liên hệ người tố cáo để xác minh nội dung." }, Ct);
        Assert.Contains("Đặng Thị Kín Đáo", await shown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var byAdmin = await TriageData.PostStepAsync(admin, item.Id, "Reveal", new() { ["reason"] = "Kiểm tra việc giải quyết tố cáo." }, Ct);
        Assert.Contains("Đặng Thị Kín Đáo", await byAdmin.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var views = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ViewDenouncerIdentity).ToListAsync(Ct));
        Assert.Equal(2, views.Count);
        Assert.Contains(views, v => v.ActorUserId == handlerId && v.Details!.Contains("xác minh nội dung", StringComparison.Ordinal));

        var api = await colleague.GetStringAsync($"/api/v1/staff/submissions/{item.Id}", Ct);
        Assert.DoesNotContain("Đặng Thị Kín Đáo", api, StringComparison.Ordinal);
        Assert.DoesNotContain("0912", api, StringComparison.Ordinal);
    }
}
