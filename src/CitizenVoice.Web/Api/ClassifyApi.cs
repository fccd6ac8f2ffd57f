using CitizenVoice.Classification.Runtime;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CitizenVoice.Web.Api;

/// <summary>Staff-only routing suggestions: topic, competence level and responsible agency for a text.</summary>
public static class ClassifyApi
{
    public const int MaxBatch = 500;

    public static IEndpointRouteBuilder MapClassifyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/classify")
            .WithTags("Classification")
            .RequireAuthorization(AuthorizationPolicies.Staff);

        group.MapPost("/", Classify)
            .WithName("Classify")
            .WithSummary("Suggest topic, competence level and agency for one text")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/batch", ClassifyBatch)
            .WithName("ClassifyBatch")
            .WithSummary($"Suggest routing for up to {MaxBatch} texts")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static Results<Ok<ClassifyResponse>, ProblemHttpResult> Classify(ClassifyRequest request, RoutingClassifier classifier)
    {
        var errors = new ValidationErrors();
        var text = Clean(request.Text, "text", errors);
        return text is null ? Invalid(errors) : TypedResults.Ok(ToResponse(request.Id, classifier.Classify(text)));
    }

    public static Results<Ok<List<ClassifyResponse>>, ProblemHttpResult> ClassifyBatch(List<ClassifyRequest> items, RoutingClassifier classifier)
    {
        var errors = new ValidationErrors();
        if (items.Count is 0 or > MaxBatch)
        {
            errors.Add("items", $"Gửi từ 1 đến {MaxBatch} văn bản mỗi lần.");
            return Invalid(errors);
        }

        var texts = items.Select((item, i) => Clean(item.Text, $"[{i}].text", errors)).ToList();
        if (!errors.IsEmpty)
        {
            return Invalid(errors);
        }

        var results = classifier.ClassifyAll(texts!);
        return TypedResults.Ok(items.Zip(results, (item, result) => ToResponse(item.Id, result)).ToList());
    }

    private static string? Clean(string? text, string field, ValidationErrors errors) =>
        TextField.Clean(text, field, "nội dung cần phân loại", Submission.ContentMaxLength + Submission.TitleMaxLength, errors, required: true, multiline: true);

    private static ProblemHttpResult Invalid(ValidationErrors errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Dữ liệu chưa hợp lệ",
        });

    private static ClassifyResponse ToResponse(string? id, RoutingResult result) => new(
        id,
        result.Topic,
        Math.Round(result.TopicConfidence, 4),
        result.Level,
        new AgencyResponse(result.Agency.Code, result.Agency.Name),
        result.Alternatives.Select(a => new AgencyResponse(a.Code, a.Name)).ToList(),
        result.NeedsManualTriage);
}

public sealed record ClassifyRequest(string? Id, string? Text);

/// <param name="Level">trung-uong, tinh or xa.</param>
/// <param name="NeedsManualTriage">The topic confidence is below Classifier:ConfidenceThreshold.</param>
public sealed record ClassifyResponse(
    string? Id, string Topic, double TopicConfidence, string Level, AgencyResponse Agency,
    IReadOnlyList<AgencyResponse> Alternatives, bool NeedsManualTriage);

public sealed record AgencyResponse(string Code, string Name);
