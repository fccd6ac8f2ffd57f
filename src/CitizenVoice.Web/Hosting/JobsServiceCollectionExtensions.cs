using CitizenVoice.Core.Email;
using CitizenVoice.Core.Routing;
using CitizenVoice.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenVoice.Web.Hosting;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire storage follows the database provider: in memory with embedded SQLite (no maintained SQLite storage
    /// exists; our outbox tables make that safe), the database itself with PostgreSQL or SQL Server, so that several
    /// web nodes share one queue.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        JobStorage? storage = null;
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            storage = database.Provider switch
            {
                DatabaseProvider.PostgreSql => config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1) }).Entry,
                DatabaseProvider.SqlServer => config.UseSqlServerStorage(connectionString,
                    new Hangfire.SqlServer.SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1) }).Entry,
                _ => config.UseInMemoryStorage().Entry,
            };
        });

        // Hangfire's own registration serves JobStorage.Current, which is process-wide: the storage of whichever app
        // configured Hangfire last. An app serves (and disposes) the storage its own configuration made, so that
        // several apps in one process (the test suite) never enqueue into, show or dispose another app's storage.
        services.Replace(ServiceDescriptor.Singleton<JobStorage>(sp =>
        {
            sp.GetRequiredService<IGlobalConfiguration>();
            return storage ?? throw new InvalidOperationException("Hangfire's configuration made no storage");
        }));

        if (jobs.RunServer)
        {
            services.AddHangfireServer(o => o.WorkerCount = Math.Max(1, jobs.WorkerCount));
            // Model training gets its own queue and a single worker: at most one training per node, and the default
            // queue's workers stay free for email and classification while it runs.
            services.AddHangfireServer(o =>
            {
                o.ServerName = Environment.MachineName + ":training";
                o.Queues = [Classification.Retraining.RetrainRoutingModelJob.QueueName];
                o.WorkerCount = 1;
            });
            services.AddSingleton<HangfireOutboxSignal>();
            services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<HangfireOutboxSignal>());
            services.AddHostedService(sp => sp.GetRequiredService<HangfireOutboxSignal>());
            services.AddSingleton<HangfireClassificationSignal>();
            services.AddSingleton<IClassificationSignal>(sp => sp.GetRequiredService<HangfireClassificationSignal>());
            services.AddHostedService(sp => sp.GetRequiredService<HangfireClassificationSignal>());
        }
        else
        {
            // No job server in this process (tests, or a web-only node): the recurring sweep of a job node sends.
            services.AddSingleton<NoJobServerSignals>();
            services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<NoJobServerSignals>());
            services.AddSingleton<IClassificationSignal>(sp => sp.GetRequiredService<NoJobServerSignals>());
        }
        return services;
    }
}
