using CitizenVoice.Data;
using CitizenVoice.Data.Seeding;

namespace CitizenVoice.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// SQLite (embedded) is migrated at every start. PostgreSQL and SQL Server are migrated by the `migrate` command,
    /// or here when Database:MigrateOnStartup is true. Demo data only with Demo:Seed=true, never in production.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DatabaseOptions>>();
        if (options.Provider == DatabaseProvider.Sqlite || options.MigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        if (app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
            logger.LogWarning("Demo data and demo staff accounts are present (Demo:Seed=true). Never enable this in production.");
        }
    }
}
