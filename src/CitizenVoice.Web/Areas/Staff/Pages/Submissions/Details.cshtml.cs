using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Reports;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Submissions.Workflow;
using CitizenVoice.Core.Units;
using CitizenVoice.Web.Attachments;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Submissions;

/// <summary>
/// One item for staff: facts, content, attachments, history, routing, clocks, and the workflow steps the viewer may
/// take. Every step posts the item's version and goes through its Core use case; the page only maps outcomes.
/// </summary>
[RequestSizeLimit(Web.Pages.Submissions.SubmitModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Web.Pages.Submissions.SubmitModel.MaxRequestBytes)]
public sealed class DetailsModel(
    ICitizenVoiceDb db, SubmissionClocks clocks, TopicCatalog topics, AgencyCatalog agencies, PlaceCatalog places,
    UnitNameCache unitNames, IStaffDirectory staffDirectory, IAttachmentStore attachmentStore, AuditLog audit) : PageModel
{
    public const string IdentitySecret = "(Danh tính người tố cáo được giữ bí mật)";

    public Submission Item { get; private set; } = null!;

    public StaffScope Scope => HttpContext.StaffScope();

    public TopicCatalog Topics => topics;

    public AgencyCatalog Agencies => agencies;

    public IReadOnlyList<SubmissionStatusChange> History { get; private set; } = [];

    /// <summary>The submitter's files (uploaded online or scanned at the desk).</summary>
    public IReadOnlyList<SubmissionAttachment> Attachments { get; private set; } = [];

    /// <summary>The documents recorded with the answer; the submitter sees these in the status lookup too.</summary>
    public IReadOnlyList<SubmissionAttachment> AnswerDocuments { get; private set; } = [];

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string TrackingCode, string Title)> Duplicates { get; private set; } = [];

    public (Guid Id, string TrackingCode, string Title)? Master { get; private set; }

    public IReadOnlyList<StaffMember> AssignableStaff { get; private set; } = [];

    public string OwnerUnitName { get; private set; } = "";

    public string? AssignedUnitName { get; private set; }

    public string? ForwardedByUnitName { get; private set; }

    public string? AnsweredByUnitName { get; private set; }

    public Commune? Commune { get; private set; }

    public string? ProvinceName { get; private set; }

    public (string Code, string Name)? DefaultForwardUnit { get; private set; }

    public string? UnitQuery { get; private set; }

    public IReadOnlyList<OrganisationUnit> UnitResults { get; private set; } = [];

    public Submitter? RevealedSubmitter { get; private set; }

    public string? RevealedAddress { get; private set; }

    public bool IdentityVisible { get; private set; }

    public bool MayProcess { get; private set; }

    public bool MayAnswer { get; private set; }

    public ValidationErrors Errors { get; private set; } = new();

    public FieldErrors Fields => new(Errors);

    /// <summary>Files cannot be kept across a re-render: the responder is asked to choose them again.</summary>
    public bool HadDocuments { get; private set; }

    public string? ErrorMessage { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public string? Posted(string field) => Request.HasFormContentType ? Request.Form[field].ToString() : null;

    public async Task<IActionResult> OnGetAsync(Guid id, string? unitQuery, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(unitQuery))
        {
            await SearchUnitsAsync(unitQuery, cancellationToken);
        }

        return Page();
    }

    /// <summary>Streams an attachment; audited. A denunciation's files may bear the denouncer's identity, so only its handlers get them.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var scope = Scope;
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null || !scope.CanSee(submission.OwnerUnitCode, submission.AssignedUnitCode))
        {
            return NotFound();
        }

        if (submission.IsIdentityConfidential && !submission.IdentityVisibleTo(scope))
        {
            return Forbid();
        }

        var opened = await AttachmentDownload.OpenAsync(db, attachmentStore, id, attachmentId, cancellationToken);
        if (opened is not { } file)
        {
            return NotFound();
        }

        var what = file.Attachment.Kind == SubmissionAttachmentKind.Answer ? "Tải văn bản trả lời" : "Tải tệp";
        await audit.RecordAsync(scope, AuditActions.ViewAttachment, "submission", id.ToString(), $"{what} {file.Attachment.FileName} ({file.Attachment.Id})", cancellationToken);
        return AttachmentDownload.Send(Response, file.Attachment, file.Content);
    }

    /// <summary>The forwarding slip of a forwarded item as DOCX (no sender for a denunciation); audited as an export.</summary>
    public async Task<IActionResult> OnGetSlipAsync(Guid id, [FromServices] BuildForwardingSlip build, [FromServices] IReportWriter<ForwardingSlip> writer, CancellationToken cancellationToken)
    {
        var slip = await build.ExecuteAsync(id, Scope, cancellationToken);
        if (slip is null)
        {
            return NotFound();
        }

        var buffer = new MemoryStream();
        await writer.WriteAsync(slip, buffer, cancellationToken);
        buffer.Position = 0;
        Response.Headers.CacheControl = "private, no-store";
        var code = await db.Submissions.AsNoTracking().Where(s => s.Id == id).Select(s => s.TrackingCode).FirstAsync(cancellationToken);
        return File(buffer, writer.ContentType, "phieu-chuyen-don-" + code + writer.FileExtension);
    }

    public async Task<IActionResult> OnPostRevealAsync(Guid id, string? reason, [FromServices] RevealSubmitter reveal, CancellationToken cancellationToken)
    {
        var result = await reveal.ExecuteAsync(new RevealSubmitterRequest(id, reason), Scope, cancellationToken);
        switch (result.Outcome)
        {
            case RevealSubmitterOutcome.NotFound:
                return NotFound();
            case RevealSubmitterOutcome.Forbidden:
                return Forbid();
            case RevealSubmitterOutcome.Invalid:
                Errors = result.Errors;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
            default:
                RevealedSubmitter = result.Submitter;
                RevealedAddress = result.Address;
                break;
        }

        await LoadAsync(id, cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        return Page();
    }

    public Task<IActionResult> OnPostStartAsync(Guid id, int version, [FromServices] StartProcessing useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã chuyển đơn sang trạng thái đang xử lý.", useCase.ExecuteAsync(new(id, version), Scope, ct), ct);

    public Task<IActionResult> OnPostEligibilityAsync(Guid id, int version, string? eligible, bool anonymousOrFalseName, bool anonymousWithEvidence, string? reason,
        [FromServices] RecordEligibility useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã ghi kết quả kiểm tra điều kiện xử lý.",
            useCase.ExecuteAsync(new(id, version, eligible == "true", anonymousOrFalseName, anonymousWithEvidence, reason), Scope, ct), ct);

    public Task<IActionResult> OnPostDuplicateAsync(Guid id, int version, string? masterTrackingCode, string? note, [FromServices] MarkDuplicate useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã đánh dấu đơn trùng và lưu đơn.", useCase.ExecuteAsync(new(id, version, masterTrackingCode, note), Scope, ct), ct);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, int version, [FromServices] AcceptSubmission useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã thụ lý đơn.", useCase.ExecuteAsync(new(id, version), Scope, ct), ct);

    public Task<IActionResult> OnPostForwardAsync(Guid id, int version, string? unitCode, string? note, [FromServices] ForwardSubmission useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã chuyển đơn đến cơ quan có thẩm quyền.", useCase.ExecuteAsync(new(id, version, unitCode, note), Scope, ct), ct);

    public Task<IActionResult> OnPostGuideAsync(Guid id, int version, string? guidance, [FromServices] GuideSubmitter useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã hướng dẫn người gửi.", useCase.ExecuteAsync(new(id, version, guidance), Scope, ct), ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, int version, string? reason, [FromServices] ArchiveSubmission useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã lưu đơn.", useCase.ExecuteAsync(new(id, version, reason), Scope, ct), ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, int version, string? staffUserId, [FromServices] AssignStaff useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã giao đơn cho cán bộ.", useCase.ExecuteAsync(new(id, version, staffUserId), Scope, ct), ct);

    public Task<IActionResult> OnPostComplexityAsync(Guid id, int version, string? complexity, string? reason, [FromServices] DecideComplexity useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã ghi quyết định về mức độ phức tạp; thời hạn đã được tính lại.", useCase.ExecuteAsync(new(id, version, complexity, reason), Scope, ct), ct);

    public Task<IActionResult> OnPostExtendAsync(Guid id, int version, Guid deadlineId, string? documentNumber, DateOnly? decidedOn, int? days,
        [FromServices] ExtendDeadline useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã ghi quyết định gia hạn.", useCase.ExecuteAsync(new(id, version, deadlineId, documentNumber, decidedOn, days), Scope, ct), ct);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, int version, string? answer, string? documentNumber, DateOnly? documentDate,
        List<IFormFile>? documents, [FromServices] AnswerSubmission useCase, CancellationToken ct)
    {
        var files = documents ?? [];
        HadDocuments = files.Count > 0;
        var uploads = files.Select(f => new AttachmentUpload(f.FileName, f.Length, f.OpenReadStream)).ToList();
        return HandleAsync(id, files.Count == 0 ? "Đã ghi nội dung trả lời; đơn đã kết thúc xử lý." : $"Đã ghi nội dung trả lời kèm {files.Count} tệp văn bản; đơn đã kết thúc xử lý.",
            useCase.ExecuteAsync(new(id, version, answer, documentNumber, documentDate, uploads), Scope, ct), ct);
    }

    public Task<IActionResult> OnPostKindAsync(Guid id, int version, string? kind, string? reason, string? complaintSubject, DateOnly? complaintLearnedOn,
        [FromServices] ChangeSubmissionKind useCase, CancellationToken ct) =>
        HandleAsync(id, "Đã sửa loại đơn; thời hạn đã được tính lại theo loại đơn mới.",
            useCase.ExecuteAsync(new(id, version, kind, reason, complaintSubject, complaintLearnedOn), Scope, ct), ct);

    public async Task<IActionResult> OnPostRoutingAsync(Guid id, int version, string? topicCode, string? level, string? agencyCode,
        [FromServices] ConfirmRouting useCase, CancellationToken ct)
    {
        var result = await useCase.ExecuteAsync(new ConfirmRoutingRequest(id, version, topicCode, level, agencyCode), Scope, ct);
        var outcome = result.Outcome switch
        {
            ConfirmRoutingOutcome.Confirmed => WorkflowOutcome.Done,
            ConfirmRoutingOutcome.NotFound => WorkflowOutcome.NotFound,
            ConfirmRoutingOutcome.Conflict => WorkflowOutcome.Conflict,
            _ => WorkflowOutcome.Invalid,
        };
        return await HandleAsync(id, result.WasCorrection ? "Đã sửa và xác nhận phân loại." : "Đã xác nhận phân loại.",
            Task.FromResult(new WorkflowResult(outcome, result.Errors)), ct);
    }

    private async Task<IActionResult> HandleAsync(Guid id, string success, Task<WorkflowResult> run, CancellationToken cancellationToken)
    {
        var result = await run;
        switch (result.Outcome)
        {
            case WorkflowOutcome.Done:
                Flash = success;
                return Redirect($"/staff/submissions/{id}");
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return Forbid();
            case WorkflowOutcome.Conflict:
                ErrorMessage = WorkflowResult.ConflictMessage;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                Errors = result.Errors;
                ErrorMessage = "Chưa thực hiện được: vui lòng xem thông báo bên dưới.";
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var scope = Scope;
        var item = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (item is null || !scope.CanSee(item.OwnerUnitCode, item.AssignedUnitCode))
        {
            return false;
        }

        Item = item;
        History = await db.SubmissionStatusChanges.AsNoTracking().Where(h => h.SubmissionId == id).OrderBy(h => h.At).ToListAsync(cancellationToken);
        var files = await db.SubmissionAttachments.AsNoTracking().Where(a => a.SubmissionId == id).ToListAsync(cancellationToken);
        Attachments = files.Where(a => a.Kind == SubmissionAttachmentKind.Submitted).ToList();
        AnswerDocuments = files.Where(a => a.Kind == SubmissionAttachmentKind.Answer).ToList();
        IdentityVisible = item.IdentityVisibleTo(scope);
        MayProcess = SubmissionWorkflow.MayProcess(scope, item);
        MayAnswer = SubmissionWorkflow.MayAnswer(scope, item);

        var calculator = await clocks.CalculatorAsync(cancellationToken);
        var today = VietnamTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        Deadlines = (await db.SubmissionDeadlines.AsNoTracking().Where(d => d.SubmissionId == id).ToListAsync(cancellationToken))
            .OrderBy(d => !d.IsOpen).ThenBy(d => d.DueDate)
            .Select(d => new DeadlineView(d, calculator.Rule(d.RuleId), d.IsOpen ? calculator.StatusOf(d.DueDate, today) : null))
            .ToList();

        Duplicates = (await db.Submissions.AsNoTracking().VisibleTo(scope).Where(s => s.DuplicateOfId == id)
            .OrderBy(s => s.ReceivedAt).Select(s => new { s.Id, s.TrackingCode, s.Title }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.TrackingCode, s.Title)).ToList();
        if (item.DuplicateOfId is { } masterId)
        {
            var master = await db.Submissions.AsNoTracking().VisibleTo(scope).Where(s => s.Id == masterId)
                .Select(s => new { s.Id, s.TrackingCode, s.Title }).FirstOrDefaultAsync(cancellationToken);
            Master = master is null ? null : (master.Id, master.TrackingCode, master.Title);
        }

        var map = await places.GetAsync(cancellationToken);
        Commune = map.CommunesByCode.GetValueOrDefault(item.CommuneCode);
        ProvinceName = map.ProvincesByCode.GetValueOrDefault(item.ProvinceCode)?.Name;
        OwnerUnitName = await unitNames.NameAsync(item.OwnerUnitCode, cancellationToken);
        AssignedUnitName = item.AssignedUnitCode is null ? null : await unitNames.NameAsync(item.AssignedUnitCode, cancellationToken);
        ForwardedByUnitName = item.ForwardedByUnitCode is null ? null : await unitNames.NameAsync(item.ForwardedByUnitCode, cancellationToken);
        AnsweredByUnitName = item.AnsweredByUnitCode is null ? null : await unitNames.NameAsync(item.AnsweredByUnitCode, cancellationToken);

        if (MayProcess && !item.IsClosed)
        {
            if (ForwardSubmission.DefaultUnitCode(item, agencies) is { } defaultUnit)
            {
                var unit = await db.OrganisationUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == defaultUnit, cancellationToken);
                DefaultForwardUnit = (defaultUnit, unit?.Name ?? agencies.Find(item.AgencyCode!)?.Name + " – " + (Commune?.FullName ?? ProvinceName));
            }
        }

        if (MayAnswer && !item.IsClosed)
        {
            var units = new[] { item.OwnerUnitCode, item.AssignedUnitCode }.OfType<string>().Distinct();
            var list = new List<StaffMember>();
            foreach (var unit in units.Where(u => MayProcess || u == scope.UnitCode))
            {
                list.AddRange((await staffDirectory.InUnitAsync(unit, null, cancellationToken)).Where(m => AssignStaff.AssignableRoles.Any(m.HasRole)));
            }

            AssignableStaff = list;
        }

        return true;
    }

    private async Task SearchUnitsAsync(string query, CancellationToken cancellationToken)
    {
        UnitQuery = query.Length > 100 ? query[..100] : query;
        var folded = VietnameseText.Fold(UnitQuery);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).ToList();
        var units = db.OrganisationUnits.AsNoTracking().Where(u => u.IsActive && u.AgencyCode != null);
        foreach (var word in words)
        {
            units = units.Where(u => u.SearchKey.Contains(word) || u.Code == query);
        }

        UnitResults = await units.OrderBy(u => u.Code.Length).ThenBy(u => u.Name).Take(20).ToListAsync(cancellationToken);
    }

    public sealed record DeadlineView(SubmissionDeadline Clock, DeadlineRule Rule, DeadlineStatus? Status);
}
