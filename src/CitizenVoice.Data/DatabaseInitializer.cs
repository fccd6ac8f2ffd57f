using CitizenVoice.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Data;

/// <summary>Applies migrations and loads the reference data (provinces, communes, public holidays, routing rules) that every installation needs.</summary>
public sealed class DatabaseInitializer(CitizenVoiceDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        await ReferenceDataSeeder.SeedAsync(db, cancellationToken);
        await UnitSeeder.SeedAsync(db, cancellationToken);
        await HolidaySeeder.SeedAsync(db, cancellationToken);
        await RoutingRuleSeeder.SeedAsync(db, TimeProvider.System.GetUtcNow(), cancellationToken);
    }
}
