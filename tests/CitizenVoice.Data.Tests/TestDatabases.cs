using CitizenVoice.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CitizenVoice.Data.Tests;

/// <summary>
/// A fresh empty database per test: in-memory SQLite, or a new database on the PostgreSQL test server
/// (CITIZENVOICE_TEST_POSTGRES; required when CI=true, otherwise the test is skipped).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection? _sqlite;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, SqliteConnection? sqlite, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqlite = sqlite;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var connectionString = $"Data Source=data-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            var keepAlive = new SqliteConnection(connectionString);
            await keepAlive.OpenAsync();
            return new TestDatabase(provider, connectionString, keepAlive, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("CITIZENVOICE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true but CITIZENVOICE_TEST_POSTGRES is not set (see .ci/services.sh).");
            }

            Assert.Skip("Skipped: set CITIZENVOICE_TEST_POSTGRES to a PostgreSQL connection string (see .ci/services.sh).");
        }

        var name = "cv_data_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, admin, name);
    }

    /// <summary>A fresh database with every migration applied.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using var db = database.NewContext();
        await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>The data services the app registers (pooled contexts, the intake store), pointed at this database.</summary>
    public ServiceProvider DataServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:CitizenVoice"] = ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCitizenVoiceData(configuration, Path.GetTempPath());
        return services.BuildServiceProvider();
    }

    public CitizenVoiceDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<CitizenVoiceDbContext>();
        DataServiceCollectionExtensions.Configure(options, Provider, ConnectionString);
        return new CitizenVoiceDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
