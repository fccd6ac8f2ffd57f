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
        var connectionString = ResolveConnectionString(configuration, options.Provider, contentRoot);
        services.AddSingleton(options);
        // Pooled: intake creates a context per request, and the pool makes that nearly free.
        services.AddDbContextPool<CitizenVoiceDbContext>(db => Configure(db, options.Provider, connectionString));
        services.AddScoped<ICitizenVoiceDb>(sp => sp.GetRequiredService<CitizenVoiceDbContext>());
        services.AddScoped<DatabaseInitializer>();
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
