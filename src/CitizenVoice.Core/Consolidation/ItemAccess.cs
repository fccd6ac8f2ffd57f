using CitizenVoice.Core.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Consolidation;

/// <summary>Loads an item for a change: null when it is not visible (404); the caller then checks the role (403).</summary>
internal static class ItemAccess
{
    public static async Task<ConsolidatedItem?> FindAsync(ICitizenVoiceDb db, StaffScope actor, Guid sessionId, Guid itemId, CancellationToken cancellationToken)
    {
        var item = await db.ConsolidatedItems.FirstOrDefaultAsync(i => i.Id == itemId && i.SessionId == sessionId, cancellationToken);
        return item is not null && actor.Governs(item.OwnerUnitCode) ? item : null;
    }
}
