using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Consolidation;

/// <summary>Adds opinions not yet compiled (one, or a whole proposed cluster) to an existing item.</summary>
public sealed class AddOpinionsToItem(ICitizenVoiceDb db, TimeProvider clock)
{
    public async Task<ConsolidationResult> ExecuteAsync(Guid sessionId, Guid itemId, IReadOnlyList<Guid> opinionIds, StaffScope actor, CancellationToken cancellationToken)
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

        if (opinionIds.Count == 0)
        {
            return ConsolidationResult.Invalid("opinionIds", "Chọn ít nhất một ý kiến để thêm vào kiến nghị.");
        }

        var added = await OpinionLinks.LoadFreeAsync(db, sessionId, opinionIds, cancellationToken);
        if (added is null)
        {
            return ConsolidationResult.Conflict(OpinionLinks.AlreadyTaken);
        }

        var now = clock.GetUtcNow();
        var linked = await OpinionLinks.LinkedToAsync(db, item.Id, cancellationToken);
        foreach (var opinion in added)
        {
            opinion.AssignToConsolidatedItem(item.Id, now);
        }

        item.Recount([.. linked, .. added], now);
        return await OpinionLinks.TrySaveAsync(db, cancellationToken)
            ? new ConsolidationResult(VoterMeetingOutcome.Saved, new ValidationErrors(), item)
            : ConsolidationResult.Conflict(OpinionLinks.AlreadyTaken);
    }
}
