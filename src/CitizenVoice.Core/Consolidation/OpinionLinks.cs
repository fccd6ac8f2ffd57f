using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Links opinions to compiled items. <see cref="VoterOpinion.ConsolidatedItemId"/> is a concurrency token, so two
/// compilers who take the same opinion at once cannot both succeed: the second save fails and is reported as a conflict.
/// </summary>
internal static class OpinionLinks
{
    public const string AlreadyTaken = "Một số ý kiến đã được gộp vào kiến nghị khác (có thể do người khác vừa thao tác). Vui lòng tải lại trang.";

    /// <summary>The opinions of the session with these ids that are in no item yet, or null if any is missing or taken.</summary>
    public static async Task<List<VoterOpinion>?> LoadFreeAsync(ICitizenVoiceDb db, Guid sessionId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        var opinions = await db.VoterOpinions.Where(o => o.SessionId == sessionId && distinct.Contains(o.Id)).ToListAsync(cancellationToken);
        return opinions.Count == distinct.Count && opinions.All(o => o.ConsolidatedItemId is null) ? opinions : null;
    }

    public static Task<List<VoterOpinion>> LinkedToAsync(ICitizenVoiceDb db, Guid itemId, CancellationToken cancellationToken) =>
        db.VoterOpinions.Where(o => o.ConsolidatedItemId == itemId).ToListAsync(cancellationToken);

    /// <summary>Saves; a lost race on an opinion or an item becomes false (the caller reports a conflict).</summary>
    public static async Task<bool> TrySaveAsync(ICitizenVoiceDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return false;
        }
    }

    public static async Task<int> NextSortKeyAsync(ICitizenVoiceDb db, Guid sessionId, CancellationToken cancellationToken)
    {
        var max = await db.ConsolidatedItems.Where(i => i.SessionId == sessionId).MaxAsync(i => (int?)i.SortKey, cancellationToken);
        return (max ?? 0) + ConsolidatedItem.SortStep;
    }
}
