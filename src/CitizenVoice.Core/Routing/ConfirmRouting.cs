using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Routing;

/// <summary>Staff confirm or correct a submission's topic, competence level and agency.</summary>
public sealed record ConfirmRoutingRequest(Guid SubmissionId, int Version, string? TopicCode, string? Level, string? AgencyCode);

public enum ConfirmRoutingOutcome
{
    Confirmed,
    Invalid,
    NotFound,
    Conflict,
}

public sealed record ConfirmRoutingResult(ConfirmRoutingOutcome Outcome, ValidationErrors Errors, bool WasCorrection = false);

/// <summary>
/// Confirms the routing and keeps the confirmed text as a labelled example (<see cref="ConfirmedLabel"/>), so the
/// next retraining learns from staff corrections.
/// </summary>
public sealed class ConfirmRouting(ICitizenVoiceDb db, TopicCatalog topics, AgencyCatalog agencies, AuditLog audit, TimeProvider clock)
{
    public const string SourceType = "submission";

    public async Task<ConfirmRoutingResult> ExecuteAsync(ConfirmRoutingRequest request, StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (topics.Find(request.TopicCode) is null)
        {
            errors.Add("topicCode", "Chọn lĩnh vực trong danh mục.");
        }

        if (!CompetenceLevels.IsValid(request.Level))
        {
            errors.Add("level", "Chọn thẩm quyền: trung ương, cấp tỉnh hoặc cấp xã.");
        }

        if (!string.IsNullOrEmpty(request.AgencyCode) && agencies.Find(request.AgencyCode) is null)
        {
            errors.Add("agencyCode", "Cơ quan không có trong danh mục.");
        }

        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == request.SubmissionId, cancellationToken);
        if (submission is null || !actor.CanSee(submission.OwnerUnitCode, submission.AssignedUnitCode))
        {
            return new ConfirmRoutingResult(ConfirmRoutingOutcome.NotFound, errors);
        }

        if (!errors.IsEmpty)
        {
            return new ConfirmRoutingResult(ConfirmRoutingOutcome.Invalid, errors);
        }

        if (submission.Version != request.Version)
        {
            return new ConfirmRoutingResult(ConfirmRoutingOutcome.Conflict, errors);
        }

        var now = clock.GetUtcNow();
        var agencyCode = string.IsNullOrEmpty(request.AgencyCode) ? null : request.AgencyCode;
        var corrected = submission.ConfirmRouting(request.TopicCode!, request.Level!, agencyCode, actor.UserId, now);
        db.ConfirmedLabels.Add(new ConfirmedLabel(SourceType, submission.Id, submission.RoutingText,
            request.TopicCode!, request.Level!, agencyCode, corrected, actor.UserId, now));
        audit.Add(actor, AuditActions.StatusChange, "submission", submission.Id.ToString(),
            $"Xác nhận phân loại: {request.TopicCode}, {request.Level}, {agencyCode ?? "—"}" + (corrected ? " (đã sửa gợi ý)" : ""));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return new ConfirmRoutingResult(ConfirmRoutingOutcome.Conflict, errors);
        }

        return new ConfirmRoutingResult(ConfirmRoutingOutcome.Confirmed, errors, corrected);
    }
}
