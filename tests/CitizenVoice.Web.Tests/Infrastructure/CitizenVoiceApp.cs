using CitizenVoice.Core;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Units;
using CitizenVoice.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>
/// The whole web app in memory on its own database: a private in-memory SQLite by default, or a fresh database on the
/// PostgreSQL test server. Each test creates its own app, so tests never share data. No Hangfire server runs; tests
/// run jobs themselves. Emails go to <see cref="Emails"/> unless <see cref="UseRealEmailSender"/> is called.
/// </summary>
public sealed class CitizenVoiceApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Jobs:RunServer"] = "false",
        ["Demo:Seed"] = "false",
        ["RateLimiting:Enabled"] = "false",
        ["Smtp:Host"] = "",
        ["Portal:PublicBaseUrl"] = "https://congdan.example.vn",
    };

    private readonly SqliteConnection? _sqliteKeepAlive;
    private readonly string? _postgresDatabase;
    private readonly string? _postgresAdmin;
    private readonly List<Action<IServiceCollection>> _serviceChanges = [];
    private bool _realEmail;

    // Hundreds of apps start in one test process; file watchers (one inotify instance each, 128 per user by default)
    // would run out long before the suite ends. Tests never change files under a running app.
    static CitizenVoiceApp()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private CitizenVoiceApp(DatabaseProvider provider, string? postgresAdmin)
    {
        DataFolder = Directory.CreateTempSubdirectory("citizenvoice-test-").FullName;
        _settings["Attachments:Path"] = Path.Combine(DataFolder, "attachments");
        _settings["Smtp:PickupFolder"] = Path.Combine(DataFolder, "mail");
        if (provider == DatabaseProvider.PostgreSql)
        {
            _postgresAdmin = postgresAdmin!;
            _postgresDatabase = "cv_test_" + Guid.NewGuid().ToString("N")[..12];
            using (var admin = new NpgsqlConnection(_postgresAdmin))
            {
                admin.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase}", admin);
                create.ExecuteNonQuery();
            }

            var builder = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _postgresDatabase };
            _settings["Database:Provider"] = "PostgreSql";
            _settings["Database:MigrateOnStartup"] = "true";
            _settings["ConnectionStrings:CitizenVoice"] = builder.ConnectionString;
        }
        else
        {
            // A named shared-cache in-memory database lives while one connection to it is open.
            var connectionString = $"Data Source=cv-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            _sqliteKeepAlive = new SqliteConnection(connectionString);
            _sqliteKeepAlive.Open();
            _settings["ConnectionStrings:CitizenVoice"] = connectionString;
        }
    }

    public static CitizenVoiceApp Sqlite() => new(DatabaseProvider.Sqlite, null);

    public static CitizenVoiceApp PostgreSql() => new(DatabaseProvider.PostgreSql, TestEnvironment.RequirePostgres());

    /// <summary>Temporary folder for attachments and mail of this app; deleted on dispose.</summary>
    public string DataFolder { get; }

    public FakeEmailSender Emails { get; } = new();

    /// <summary>Set before the app starts to control time; null keeps the system clock.</summary>
    public MutableClock? Clock { get; set; }

    public CitizenVoiceApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Changes the app's services before it starts, after the test doubles above (e.g. to wrap a service).</summary>
    public CitizenVoiceApp WithServices(Action<IServiceCollection> change)
    {
        _serviceChanges.Add(change);
        return this;
    }

    /// <summary>Send through the configured SMTP server (Smtp:* settings) instead of the in-memory fake.</summary>
    public CitizenVoiceApp UseRealEmailSender()
    {
        _realEmail = true;
        return this;
    }

    /// <summary>Runs code with a scoped service provider (a DbContext, a use case, a job).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<CitizenVoiceDbContext, Task<T>> action) =>
        InScopeAsync(sp => action(sp.GetRequiredService<CitizenVoiceDbContext>()));

    /// <summary>Creates a staff account with one role in <paramref name="unitCode"/> (created if missing) and returns its id.</summary>
    public Task<string> CreateStaffAsync(string role, string unitCode, string? email = null) => InScopeAsync(async sp =>
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var units = sp.GetRequiredService<UnitDirectory>();
        Assert.NotNull(await units.EnsureAsync(unitCode, CancellationToken.None));
        await sp.GetRequiredService<CitizenVoiceDbContext>().SaveChangesAsync();

        email ??= $"{role}.{Guid.NewGuid():N}@test.citizenvoice.vn";
        var users = sp.GetRequiredService<UserManager<CitizenVoiceUser>>();
        var user = new CitizenVoiceUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = "Cán bộ " + role, UnitCode = unitCode, CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    });

    /// <summary>A client signed in as the given staff user (through the test scheme), not following redirects.</summary>
    public HttpClient CreateStaffClient(string userId)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestStaffAuthentication.Header, userId);
        return client;
    }

    /// <summary>Shortcut: a new staff member with one role in a unit, and a client signed in as them.</summary>
    public async Task<HttpClient> CreateStaffClientAsync(string role, string unitCode) =>
        CreateStaffClient(await CreateStaffAsync(role, unitCode));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            TestStaffAuthentication.AddTo(services);
            ProcessWideHangfireLogs.AddTo(services);
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }

            if (!_realEmail)
            {
                services.RemoveAll<IEmailSender>();
                services.AddSingleton<IEmailSender>(Emails);
            }

            foreach (var change in _serviceChanges)
            {
                change(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        _sqliteKeepAlive?.Dispose();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(_postgresAdmin);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request; the OS temp cleaner will take it.
        }
    }
}
