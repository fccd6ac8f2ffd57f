using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// Staff correct or confirm an opinion's topic, level and agency inline; the text is kept as a labelled example
/// (<see cref="ConfirmedLabel"/>, source "opinion") for retraining.
/// </summary>
public sealed class ConfirmOpinionRouting(ICitizenVoiceDb db, TopicCatalog topics, AgencyCatalog agencies, AuditLog audit, TimeProvider clock)
{
    public const string SourceType = "opinion";

    public async Task<OpinionResult> ExecuteAsync(Guid opinionId, int version, string? topicCode, string? level, string? agencyCode,
        StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var opinion = await db.VoterOpinions.FirstOrDefaultAsync(o => o.Id == opinionId, cancellationToken);
        if (opinion is null || !VoterMeetingAccess.CanSee(actor, opinion.OwnerUnitCode))
        {
            return new OpinionResult(VoterMeetingOutcome.NotFound, errors);
        }

        if (!VoterMeetingAccess.CanEdit(actor))
        {
            return new OpinionResult(VoterMeetingOutcome.Forbidden, errors, opinion);
        }

        if (topics.Find(topicCode) is null)
        {
            errors.Add("topicCode", "Chọn lĩnh vực trong danh mục.");
        }

        if (!CompetenceLevels.IsValid(level))
        {
            errors.Add("level", "Chọn thẩm quyền: trung ương, cấp tỉnh hoặc cấp xã.");
        }

        if (!string.IsNullOrEmpty(agencyCode) && agencies.Find(agencyCode) is null)
        {
            errors.Add("agencyCode", "Cơ quan không có trong danh mục.");
        }

        if (!errors.IsEmpty)
        {
            return new OpinionResult(VoterMeetingOutcome.Invalid, errors, opinion);
        }

        if (opinion.Version != version)
        {
            return new OpinionResult(VoterMeetingOutcome.Conflict, errors, opinion);
        }

        var now = clock.GetUtcNow();
        var agency = string.IsNullOrEmpty(agencyCode) ? null : agencyCode;
        var corrected = opinion.ConfirmRouting(topicCode!, level!, agency, actor.UserId, now);
        db.ConfirmedLabels.Add(new ConfirmedLabel(SourceType, opinion.Id, opinion.Content, topicCode!, level!, agency, corrected, actor.UserId, now));
        audit.Add(actor, AuditActions.StatusChange, "voter-opinion", opinion.Id.ToString(),
            $"Xác nhận phân loại: {topicCode}, {level}, {agency ?? "—"}" + (corrected ? " (đã sửa gợi ý)" : ""));
        return await db.TrySaveAsync(cancellationToken)
            ? new OpinionResult(VoterMeetingOutcome.Saved, errors, opinion)
            : new OpinionResult(VoterMeetingOutcome.Conflict, errors);
    }
}
