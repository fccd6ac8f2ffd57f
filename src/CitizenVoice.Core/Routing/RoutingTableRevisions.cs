using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Routing;

/// <summary>Moves the routing table's revision within the caller's unit of work.</summary>
public static class RoutingTableRevisions
{
    public static async Task BumpAsync(ICitizenVoiceDb db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var revision = await db.RoutingTableRevisions.FirstOrDefaultAsync(r => r.Id == RoutingTableRevision.SingletonId, cancellationToken);
        if (revision is null)
        {
            db.RoutingTableRevisions.Add(new RoutingTableRevision(at));
        }
        else
        {
            revision.Bump(at);
        }
    }
}
