using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Saving entities that carry a Version token: someone else's change wins and is never overwritten silently.</summary>
public static class OptimisticSave
{
    /// <summary>Saves; on a concurrency conflict forgets the pending changes and returns false (the caller reports it).</summary>
    public static async Task<bool> TrySaveAsync(this ICitizenVoiceDb db, CancellationToken cancellationToken)
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
}
