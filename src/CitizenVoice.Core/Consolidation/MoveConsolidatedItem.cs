using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Consolidation;

/// <summary>Moves an item one place up or down within its report group (swaps sort keys with its neighbour).</summary>
public sealed class MoveConsolidatedItem(ICitizenVoiceDb db, TimeProvider clock)
{
    public async Task<ConsolidationResult> ExecuteAsync(Guid sessionId, Guid itemId, bool up, StaffScope actor, CancellationToken cancellationToken)
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

        var key = ItemGrouping.KeyOf(item);
        var group = (await db.ConsolidatedItems.Where(i => i.SessionId == sessionId && i.AgencyCode == item.AgencyCode).ToListAsync(cancellationToken))
            .Where(i => ItemGrouping.KeyOf(i) == key)
            .OrderBy(i => i.SortKey).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToList();
        var at = group.IndexOf(item);
        var other = up ? at - 1 : at + 1;
        if (other < 0 || other >= group.Count)
        {
            return new ConsolidationResult(VoterMeetingOutcome.Saved, new ValidationErrors(), item);
        }

        var now = clock.GetUtcNow();
        var neighbour = group[other];
        var (mine, theirs) = (item.SortKey, neighbour.SortKey);
        if (mine == theirs)
        {
            // Equal keys order by creation time; make them distinct in the wanted order.
            (mine, theirs) = up ? (theirs + 1, theirs) : (theirs, theirs + 1);
        }

        item.PlaceAt(theirs, now);
        neighbour.PlaceAt(mine, now);
        return await OpinionLinks.TrySaveAsync(db, cancellationToken)
            ? new ConsolidationResult(VoterMeetingOutcome.Saved, new ValidationErrors(), item)
            : ConsolidationResult.Conflict("Thứ tự vừa được người khác thay đổi. Vui lòng tải lại trang.");
    }
}
