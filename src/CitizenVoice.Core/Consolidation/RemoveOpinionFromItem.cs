using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Splits an opinion off an item: it goes back to the proposals. An item left without opinions is removed, since a
/// report item must stand on at least one thing voters said.
/// </summary>
public sealed class RemoveOpinionFromItem(ICitizenVoiceDb db, TimeProvider clock)
{
    public async Task<ConsolidationResult> ExecuteAsync(Guid sessionId, Guid itemId, Guid opinionId, StaffScope actor, CancellationToken cancellationToken)
    {
        var item = await ItemAccess.FindAsync(db, actor, sessionId, itemId, cancellationToken);
        if (item is null)
        {
            return ConsolidationResult.NotFound();
        }

        if (!ConsolidationAccess.CanEdit(actor))
        {
            return ConsolidationResult.Forbidden();
        }

        var linked = await OpinionLinks.LinkedToAsync(db, item.Id, cancellationToken);
        var opinion = linked.FirstOrDefault(o => o.Id == opinionId);
        if (opinion is null)
        {
            return ConsolidationResult.NotFound();
        }

        var now = clock.GetUtcNow();
        opinion.AssignToConsolidatedItem(null, now);
        linked.Remove(opinion);
        if (linked.Count == 0)
        {
            db.ConsolidatedItems.Remove(item);
        }
        else
        {
            item.Recount(linked, now);
        }

        return await OpinionLinks.TrySaveAsync(db, cancellationToken)
            ? new ConsolidationResult(VoterMeetingOutcome.Saved, new ValidationErrors(), linked.Count == 0 ? null : item)
            : ConsolidationResult.Conflict("Kiến nghị vừa được người khác thay đổi. Vui lòng tải lại trang.");
    }
}
