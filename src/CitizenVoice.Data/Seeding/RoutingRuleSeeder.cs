using System.Globalization;
using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// Fills the routing table from the classifier's shipped routing-rules.csv, once: the revision row marks the table
/// as seeded, so rules an administrator deleted do not come back at the next start.
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

        var position = 0;
        foreach (var row in CsvReader.ReadEmbedded("routing-rules.csv"))
        {
            var kind = Enum.Parse<RoutingRuleKind>(row["kind"], ignoreCase: true);
            var patterns = row["pattern"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
            var agencies = row["agencies"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var weight = row.TryGetValue("weight", out var w) && int.TryParse(w, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            db.RoutingRules.Add(new RoutingRuleEntry(++position, kind, row["topic"], row["level"], row["province"], patterns, agencies, weight, null, now));
        }

        db.RoutingTableRevisions.Add(new RoutingTableRevision(now));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
