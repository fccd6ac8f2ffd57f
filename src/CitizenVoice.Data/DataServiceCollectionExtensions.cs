using CitizenVoice.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the DbContext for the configured provider, with the matching migrations assembly.
    /// Without a connection string SQLite uses App_Data/citizenvoice.db under <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddCitizenVoiceData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = WithProviderDefaults(options.Provider, ResolveConnectionString(configuration, options.Provider, contentRoot));
        services.AddSingleton(options);
        // Pooled: intake creates a context per request, and the pool makes that nearly free.
        services.AddDbContextPool<CitizenVoiceDbContext>(db => Configure(db, options.Provider, connectionString));
        services.AddScoped<ICitizenVoiceDb>(sp => sp.GetRequiredService<CitizenVoiceDbContext>());
        services.AddScoped<Core.Accounts.IStaffDirectory, Accounts.IdentityStaffDirectory>();
        services.AddSingleton<GroupCommitIntakeStore>();
        services.AddSingleton<Core.Submissions.IIntakeStore>(sp => sp.GetRequiredService<GroupCommitIntakeStore>());
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<Core.Routing.IShippedRoutingRules, Seeding.EmbeddedShippedRoutingRules>();
        services.AddScoped<Seeding.DemoDataSeeder>();
        return services;
    }

    public static string ResolveConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"Database:Provider is {provider}: set ConnectionStrings:CitizenVoice (environment variable ConnectionStrings__CitizenVoice).");
        }

        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "citizenvoice.db")}";
    }

    /// <summary>
    /// PostgreSQL: unless the connection string says otherwise, keep pooled connections' session state instead of
    /// resetting it on every open (DISCARD ALL took about a third of the server's CPU per submission), and let Npgsql
    /// prepare the few statements intake repeats. The app sets no session state, so nothing leaks between uses.
    /// </summary>
    public static string WithProviderDefaults(DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.PostgreSql)
        {
            return connectionString;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = connectionString.ToUpperInvariant();
        if (!given.Contains("NO RESET ON CLOSE", StringComparison.Ordinal))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains("MAX AUTO PREPARE", StringComparison.Ordinal))
        {
            builder.MaxAutoPrepare = 32;
        }

        return builder.ConnectionString;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                db.UseSqlite(connectionString, o => o.MigrationsAssembly("CitizenVoice.Migrations.Sqlite"));
                break;
            case DatabaseProvider.PostgreSql:
                db.UseNpgsql(connectionString, o => o.MigrationsAssembly("CitizenVoice.Migrations.PostgreSql").EnableRetryOnFailure());
                break;
            case DatabaseProvider.SqlServer:
                db.UseSqlServer(connectionString, o => o.MigrationsAssembly("CitizenVoice.Migrations.SqlServer").EnableRetryOnFailure());
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{provider}'; use Sqlite, PostgreSql or SqlServer.");
        }
    }
}
