using System.Text.Json;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Hosting;
using CitizenVoice.Web.Pages.Lookup;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Web.Api;

public static class SubmissionsApi
{
    /// <summary>A submission is text only through the API; 64 KiB is several times the longest allowed content in UTF-8.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/submissions").WithTags("Submissions");

        group.MapPost("/", CreateAsync)
            .WithName("CreateSubmission")
            .WithSummary("File a petition, feedback, complaint or denunciation")
            .Accepts<SubmissionCreateRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitingOptions.SubmitPolicy)
            .DisableAntiforgery();

        group.MapGet("/{trackingCode}", GetStatusAsync)
            .WithName("GetSubmissionStatus")
            .WithSummary("Status and history of a submission, for its submitter")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitingOptions.LookupPolicy);

        return app;
    }

    public static async Task<Results<Created<SubmissionCreatedResponse>, ProblemHttpResult>> CreateAsync(
        HttpContext http,
        CreateSubmission createSubmission,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadBodyAsync(http, jsonOptions.Value.SerializerOptions, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await createSubmission.ExecuteAsync(new CreateSubmissionRequest
        {
            Kind = body!.Kind,
            Channel = SubmissionChannel.Api,
            Title = body.Title,
            Content = body.Content,
            ProvinceCode = body.ProvinceCode,
            Commune = body.CommuneCode,
            Address = body.Address,
            FullName = body.Submitter?.FullName,
            Phone = body.Submitter?.Phone,
            Email = body.Submitter?.Email,
            IdNumber = body.Submitter?.IdNumber,
            Anonymous = body.Anonymous,
            Consent = body.Consent,
            ComplaintSubject = body.ComplaintSubject,
            ComplaintLearnedOn = body.ComplaintLearnedOn,
            IdempotencyKey = idempotencyKey,
        }, cancellationToken);

        switch (result.Outcome)
        {
            case CreateSubmissionOutcome.Invalid:
                return TypedResults.Problem(new HttpValidationProblemDetails(result.Errors.ToDictionary())
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "Dữ liệu chưa hợp lệ",
                    Detail = "Vui lòng sửa các trường được nêu trong `errors`.",
                });
            case CreateSubmissionOutcome.IdempotencyKeyReused:
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Idempotency-Key đã được dùng", detail: result.Errors.First("idempotencyKey"));
            case CreateSubmissionOutcome.Replayed:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                break;
        }

        var submission = result.Submission!;
        return TypedResults.Created(
            $"/api/v1/submissions/{submission.TrackingCode}",
            new SubmissionCreatedResponse(submission.TrackingCode, submission.Status.Code(), submission.Status.Label(), submission.ReceivedAt));
    }

    public static async Task<Results<Ok<SubmissionStatusResponse>, ProblemHttpResult>> GetStatusAsync(
        string trackingCode, string? contact, LookupSubmission lookup, AttachmentLinks links, CancellationToken cancellationToken)
    {
        var submission = await lookup.ExecuteAsync(trackingCode, contact, cancellationToken);
        if (submission is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy",
                detail: "Không tìm thấy đơn với mã tra cứu và thông tin liên hệ này. Vui lòng kiểm tra lại mã và số điện thoại hoặc email đã dùng khi gửi.");
        }

        return TypedResults.Ok(ToStatusResponse(submission, links));
    }

    public static SubmissionStatusResponse ToStatusResponse(Submission submission, AttachmentLinks links) => new(
        submission.TrackingCode,
        submission.Kind.Code(),
        submission.Title,
        submission.Status.Code(),
        submission.Status.Label(),
        submission.ReceivedAt,
        submission.UpdatedAt,
        submission.History.OrderBy(h => h.At)
            .Select(h => new SubmissionHistoryEntry(h.Status.Code(), h.Status.Label(), h.At, h.PublicNote))
            .ToList(),
        AnswerOf(submission, links));

    private static SubmissionAnswerView? AnswerOf(Submission submission, AttachmentLinks links)
    {
        var documents = links.ForSubmitter(submission, SubmissionAttachmentKind.Answer)
            .Select(d => new AnswerDocumentView(d.File.FileName, d.File.ContentType, d.File.SizeBytes, d.Url))
            .ToList();
        return submission.AnsweredAt is null && documents.Count == 0
            ? null
            : new SubmissionAnswerView(submission.AnswerDocumentNumber, submission.AnswerDocumentDate, documents);
    }

    /// <summary>
    /// Reads the JSON body ourselves, so that every way a body can be wrong gets a specific problem+json answer
    /// (wrong media type 415, too large 413, malformed JSON, invalid UTF-8 or a wrong type 400) and never a 500.
    /// </summary>
    private static async Task<(SubmissionCreateRequest? Body, ProblemHttpResult? Problem)> ReadBodyAsync(
        HttpContext http, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Sai kiểu dữ liệu", detail: "Nội dung phải là JSON (Content-Type: application/json; charset=utf-8)."));
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<SubmissionCreateRequest>(http.Request.Body, options, cancellationToken);
            return body is null
                ? (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Thiếu nội dung", detail: "Thân yêu cầu phải là một đối tượng JSON."))
                : (body, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
        catch (BadHttpRequestException ex)
        {
            // Typically the client stopped sending mid-body.
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không đầy đủ", detail: ex.Message));
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path[2..] : null;
            var detail = ex.InnerException switch
            {
                System.Text.DecoderFallbackException or ArgumentException => "Thân yêu cầu có byte không phải UTF-8 hợp lệ.",
                _ when field is not null && ex.Message.Contains("could not be converted", StringComparison.Ordinal) =>
                    $"Trường \"{field}\" có kiểu dữ liệu sai (dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}).",
                _ when field is not null && ex.Message.Contains("could not be mapped", StringComparison.Ordinal) =>
                    $"Trường \"{field}\" không có trong yêu cầu tạo đơn.",
                _ => $"JSON không hợp lệ ở dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}.",
            };
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "JSON không hợp lệ", detail: detail));
        }
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Dữ liệu gửi lên quá lớn",
            detail: $"Thân yêu cầu không được vượt quá {MaxBodyBytes / 1024} KiB.");
}
