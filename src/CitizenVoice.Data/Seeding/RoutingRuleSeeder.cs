using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// Fills the routing table from the classifier's shipped routing-rules.csv, once: the revision row marks the table
/// as seeded, so rules an administrator deleted do not come back at the next start (a later version's new rules are
/// added from the routing page, <see cref="AddShippedRoutingRules"/>).
/// </summary>
public static class RoutingRuleSeeder
{
    public static async Task SeedAsync(CitizenVoiceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.RoutingTableRevisions.AnyAsync(cancellationToken))
        {
            return;
        }

        db.RoutingRules.AddRange(new EmbeddedShippedRoutingRules().Load(now));
        db.RoutingTableRevisions.Add(new RoutingTableRevision(now));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
