using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Consolidation;

/// <summary>Merges one item into another: the target keeps its summary and gains the other's opinions; the other goes.</summary>
public sealed class MergeItems(ICitizenVoiceDb db, TimeProvider clock)
{
    public async Task<ConsolidationResult> ExecuteAsync(Guid sessionId, Guid targetId, Guid sourceId, StaffScope actor, CancellationToken cancellationToken)
    {
        var target = await ItemAccess.FindAsync(db, actor, sessionId, targetId, cancellationToken);
        var source = targetId == sourceId ? null : await ItemAccess.FindAsync(db, actor, sessionId, sourceId, cancellationToken);
        if (target is null || source is null)
        {
            return ConsolidationResult.NotFound();
        }

        if (!ConsolidationAccess.CanEdit(actor))
        {
            return ConsolidationResult.Forbidden();
        }

        if (source.Status == ConsolidatedItemStatus.Answered || target.Status == ConsolidatedItemStatus.Answered)
        {
            return ConsolidationResult.Invalid("sourceId", "Không thể gộp kiến nghị đã có trả lời của cơ quan.");
        }

        var now = clock.GetUtcNow();
        var kept = await OpinionLinks.LinkedToAsync(db, target.Id, cancellationToken);
        var moved = await OpinionLinks.LinkedToAsync(db, source.Id, cancellationToken);
        foreach (var opinion in moved)
        {
            opinion.AssignToConsolidatedItem(target.Id, now);
        }

        target.Recount([.. kept, .. moved], now);
        db.ConsolidatedItems.Remove(source);
        return await OpinionLinks.TrySaveAsync(db, cancellationToken)
            ? new ConsolidationResult(VoterMeetingOutcome.Saved, new ValidationErrors(), target)
            : ConsolidationResult.Conflict("Kiến nghị vừa được người khác thay đổi. Vui lòng tải lại trang.");
    }
}
