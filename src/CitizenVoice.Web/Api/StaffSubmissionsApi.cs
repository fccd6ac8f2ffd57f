using CitizenVoice.Core;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Submissions.Inbox;
using CitizenVoice.Core.Submissions.Workflow;
using CitizenVoice.Web.Hosting;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace CitizenVoice.Web.Api;

/// <summary>
/// The back office over JSON: the inbox, one item, and the workflow steps, through the same use cases as the pages.
/// Cookie-authenticated staff only; action bodies must be JSON, so a cross-site form cannot post them.
/// </summary>
public static class StaffSubmissionsApi
{
    public static IEndpointRouteBuilder MapStaffSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/staff/submissions").WithTags("Staff submissions").RequireAuthorization(AuthorizationPolicies.Staff);

        group.MapGet("/", ListAsync).WithName("ListStaffSubmissions").WithSummary("The inbox: filtered, searched and paged within the caller's scope");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetStaffSubmission").WithSummary("One item; contact details masked")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Processing steps need a processor (or administrator); answering and assigning also a responder of the assigned unit.
        var processing = group.MapGroup("").RequireAuthorization(AuthorizationPolicies.Processing);
        var answering = group.MapGroup("").RequireAuthorization(AuthorizationPolicies.AgencyAnswer);
        MapStep<StaffVersionRequest, StartProcessing>(processing, "start", (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version), s, ct));
        MapStep<StaffEligibilityRequest, RecordEligibility>(processing, "eligibility",
            (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.Eligible, b.AnonymousOrFalseName, b.AnonymousWithEvidence, b.Reason), s, ct));
        MapStep<StaffDuplicateRequest, MarkDuplicate>(processing, "duplicate", (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.MasterTrackingCode, b.Note), s, ct));
        MapStep<StaffVersionRequest, AcceptSubmission>(processing, "accept", (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version), s, ct));
        MapStep<StaffForwardRequest, ForwardSubmission>(processing, "forward", (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.UnitCode, b.Note), s, ct));
        MapStep<StaffGuideRequest, GuideSubmitter>(processing, "guide", (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.Guidance), s, ct));
        MapStep<StaffArchiveRequest, ArchiveSubmission>(processing, "archive", (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.Reason), s, ct));
        MapStep<StaffAssignRequest, AssignStaff>(answering, "assign", (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.StaffUserId), s, ct));
        MapStep<StaffComplexityRequest, DecideComplexity>(processing, "complexity", (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.Complexity, b.Reason), s, ct));
        MapStep<StaffKindRequest, ChangeSubmissionKind>(processing, "kind",
            (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.Kind, b.Reason, b.ComplaintSubject, b.ComplaintLearnedOn), s, ct));
        // OpenAPI has one operation per path and method: the multipart endpoint below describes both bodies.
        MapStep<StaffAnswerRequest, AnswerSubmission>(answering, "answer",
            (u, id, b, s, ct) => u.ExecuteAsync(new(id, b.Version, b.Answer, b.DocumentNumber, b.DocumentDate), s, ct))
            .WithName("StaffAnswerJson").ExcludeFromDescription();

        // The answer with its documents: the same route, chosen by Content-Type. A form post is what a cross-site page
        // can send with the staff cookie, so this one needs the antiforgery token (form field or X-CSRF-TOKEN header).
        answering.MapPost("/{id:guid}/answer", AnswerWithDocumentsAsync)
            .WithName("StaffAnswer")
            .WithSummary("Record the answer: JSON, or multipart/form-data with up to 5 documents in `documents` (needs the antiforgery token)")
            .WithMetadata(new RequestSizeLimitAttribute(Pages.Submissions.SubmitModel.MaxRequestBytes))
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                if (operation.RequestBody?.Content is { } content)
                {
                    content["application/json"] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(typeof(StaffAnswerRequest), null, ct) };
                }
            })
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/antiforgery-token", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(new StaffAntiforgeryToken(tokens.HeaderName!, tokens.RequestToken!));
            })
            .WithName("StaffAntiforgeryToken").WithSummary("A token for the multipart endpoints, bound to the caller's session (send it as the named header)");
        processing.MapPost("/{id:guid}/deadlines/{deadlineId:guid}/extend", async (Guid id, Guid deadlineId, [FromBody] StaffExtendRequest body,
                HttpContext http, ExtendDeadline useCase, ICitizenVoiceDb db, SubmissionClocks clocks, TimeProvider clock, CancellationToken ct) =>
            await ToResponseAsync(await useCase.ExecuteAsync(new(id, body.Version, deadlineId, body.DocumentNumber, body.DecidedOn, body.Days), http.StaffScope(), ct),
                id, http, db, clocks, clock, ct))
            .WithName("StaffExtendDeadline").WithSummary("Record an extension decision on a running clock")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<StaffSubmissionListResponse>> ListAsync([AsParameters] InboxQuery query, HttpContext http, SubmissionInbox inbox, CancellationToken ct)
    {
        var page = await inbox.SearchAsync(query.ToFilter(), http.StaffScope(), ct);
        return TypedResults.Ok(new StaffSubmissionListResponse(
            page.Rows.Select(r => new StaffSubmissionSummary(r.Id, r.TrackingCode, r.Title, r.Kind.Code(), r.Channel.Code(), r.Status.Code(), r.Status.Label(),
                r.ReceivedAt, r.TopicCode, r.RoutingStatus.ToString(), r.CommuneCode, r.SubmitterName, r.OwnerUnitCode, r.AssignedUnitCode,
                r.AssignedStaffName, r.NextDueOn, r.Due?.State.Label())).ToList(),
            page.Total, page.Page, page.PageCount, InboxFilter.PageSize,
            page.CountsByStatus.ToDictionary(c => c.Key.Code(), c => c.Value, StringComparer.Ordinal)));
    }

    public static async Task<Results<Ok<StaffSubmissionDetail>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, ICitizenVoiceDb db, SubmissionClocks clocks, TimeProvider clock, CancellationToken ct) =>
        await DetailAsync(id, http, db, clocks, clock, ct) is { } detail ? TypedResults.Ok(detail) : NotFound();

    public static async Task<Results<Ok<StaffSubmissionDetail>, ProblemHttpResult>> AnswerWithDocumentsAsync(
        Guid id, [FromForm] int version, [FromForm] string? answer, [FromForm] string? documentNumber, [FromForm] DateOnly? documentDate,
        IFormFileCollection? documents, HttpContext http, AnswerSubmission useCase,
        ICitizenVoiceDb db, SubmissionClocks clocks, TimeProvider clock, CancellationToken ct)
    {
        var uploads = (documents?.GetFiles(AnswerSubmission.DocumentsField) ?? []).Select(f => new AttachmentUpload(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var result = await useCase.ExecuteAsync(new(id, version, answer, documentNumber, documentDate, uploads), http.StaffScope(), ct);
        return await ToResponseAsync(result, id, http, db, clocks, clock, ct);
    }

    private static RouteHandlerBuilder MapStep<TBody, TUseCase>(RouteGroupBuilder group, string name,
        Func<TUseCase, Guid, TBody, Core.Accounts.StaffScope, CancellationToken, Task<WorkflowResult>> run)
        where TUseCase : notnull
    {
        return group.MapPost("/{id:guid}/" + name, async (Guid id, [FromBody] TBody body, HttpContext http, [FromServices] TUseCase useCase,
                ICitizenVoiceDb db, SubmissionClocks clocks, TimeProvider clock, CancellationToken ct) =>
            await ToResponseAsync(await run(useCase, id, body, http.StaffScope(), ct), id, http, db, clocks, clock, ct))
            .WithName("Staff" + char.ToUpperInvariant(name[0]) + name[1..])
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<StaffSubmissionDetail>, ProblemHttpResult>> ToResponseAsync(
        WorkflowResult result, Guid id, HttpContext http, ICitizenVoiceDb db, SubmissionClocks clocks, TimeProvider clock, CancellationToken ct)
    {
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền",
                    detail: "Bước xử lý này không thuộc quyền của tài khoản đang đăng nhập.");
            case WorkflowOutcome.Conflict:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Xung đột phiên bản", detail: WorkflowResult.ConflictMessage);
            case WorkflowOutcome.Invalid:
                return TypedResults.Problem(new HttpValidationProblemDetails(result.Errors.ToDictionary())
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "Dữ liệu chưa hợp lệ",
                    Detail = "Vui lòng sửa các trường được nêu trong `errors`.",
                });
        }

        db.DiscardChanges();
        return await DetailAsync(id, http, db, clocks, clock, ct) is { } detail ? TypedResults.Ok(detail) : NotFound();
    }

    private static async Task<StaffSubmissionDetail?> DetailAsync(Guid id, HttpContext http, ICitizenVoiceDb db, SubmissionClocks clocks, TimeProvider clock, CancellationToken ct)
    {
        var scope = http.StaffScope();
        var s = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null || !scope.CanSee(s.OwnerUnitCode, s.AssignedUnitCode))
        {
            return null;
        }

        var calculator = await clocks.CalculatorAsync(ct);
        var today = VietnamTime.Today(clock);
        var deadlines = (await db.SubmissionDeadlines.AsNoTracking().Where(d => d.SubmissionId == id).ToListAsync(ct))
            .OrderBy(d => d.DueDate)
            .Select(d =>
            {
                var status = d.IsOpen ? calculator.StatusOf(d.DueDate, today) : null;
                return new StaffDeadlineView(d.Id, d.RuleId, calculator.Rule(d.RuleId).Label, d.StartDate, d.DueDate, d.BasisText, d.IsOpen,
                    status?.State.Label(), status?.WorkingDaysLeft, d.CancelReason);
            }).ToList();
        var history = await db.SubmissionStatusChanges.AsNoTracking().Where(h => h.SubmissionId == id).OrderBy(h => h.At).ToListAsync(ct);
        // A denunciation's files may bear the denouncer's identity: listed only to those who may see it (as on the page).
        var attachments = s.IsIdentityConfidential && !s.IdentityVisibleTo(scope)
            ? []
            : (await db.SubmissionAttachments.AsNoTracking().Where(a => a.SubmissionId == id).ToListAsync(ct))
                .OrderBy(a => a.Kind).ThenBy(a => a.FileName, StringComparer.Ordinal)
                .Select(a => new StaffAttachmentView(a.Id, a.Kind == SubmissionAttachmentKind.Answer ? "answer" : "submitted", a.FileName, a.ContentType, a.SizeBytes,
                    $"/staff/submissions/{id}?handler=Attachment&attachmentId={a.Id}"))
                .ToList();
        var submitter = s.IsIdentityConfidential
            ? new StaffSubmitterView(true, null, null, null, null, null, Areas.Staff.Pages.Submissions.DetailsModel.IdentitySecret)
            : new StaffSubmitterView(false, s.Submitter.FullName, ContactMask.Phone(s.Submitter.Phone), ContactMask.Email(s.Submitter.Email),
                ContactMask.IdNumber(s.Submitter.IdNumber), ContactMask.Address(s.Address), null);
        return new StaffSubmissionDetail(s.Id, s.TrackingCode, s.Version, s.Kind.Code(), s.Channel.Code(), s.Status.Code(), s.Status.Label(), s.Title, s.Content,
            s.ReceivedAt, s.ProvinceCode, s.CommuneCode, s.OwnerUnitCode, s.AssignedUnitCode, s.AssignedStaffUserId, s.AssignedStaffName, s.Complexity.Code(),
            s.DuplicateOfId, submitter, new StaffRoutingView(s.TopicCode, s.CompetenceLevel, s.AgencyCode, s.RoutingConfidence, s.RoutingStatus.ToString()),
            deadlines, history.Select(h => new StaffHistoryView(h.Status.Code(), h.Status.Label(), h.At, h.PublicNote)).ToList(), s.AnswerText, attachments);
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy", detail: "Không có đơn này trong phạm vi của đơn vị.");

    /// <summary>The inbox filters as query parameters (the same names as the page's form).</summary>
    public sealed record InboxQuery(
        string? Kind, string? Channel, string? Topic, string? Status, string? Routing, string? Province, string? Commune,
        DateOnly? From, DateOnly? To, string? Deadline, bool? Mine, string? Unit, string? Q, string? Sort, int? Page)
    {
        public InboxFilter ToFilter() => new()
        {
            Kind = Kind, Channel = Channel, Topic = Topic, Status = Status, Routing = Routing, Province = Province, Commune = Commune,
            From = From, To = To, Deadline = Deadline, Mine = Mine ?? false, Unit = Unit, Q = Q, Sort = Sort, Page = Page ?? 1,
        };
    }
}
