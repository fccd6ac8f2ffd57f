using Hangfire;
using Hangfire.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>
/// Hangfire logs through one process-wide provider, which each app sets to its own logger factory when it resolves
/// Hangfire's configuration. Tests start and dispose hundreds of apps in one process, so Hangfire code in one app
/// could ask a disposed app's factory for a logger and throw ObjectDisposedException (its global job filters on first
/// use did: the retrain button's 500 seen in CI). In tests the provider is set, right after each app's configuration,
/// to one that lives as long as the process and writes nothing; no test asserts on Hangfire's own logs.
/// </summary>
internal sealed class ProcessWideHangfireLogs : ILogProvider, ILog
{
    private static readonly ProcessWideHangfireLogs Instance = new();

    public static void AddTo(IServiceCollection services)
    {
        var hangfire = services.Single(d => d.ServiceType == typeof(IGlobalConfiguration));
        var configure = hangfire.ImplementationFactory
            ?? throw new InvalidOperationException("Hangfire's configuration is no longer registered through a factory");
        services.Remove(hangfire);
        services.AddSingleton(sp =>
        {
            var configuration = (IGlobalConfiguration)configure(sp);
            configuration.UseLogProvider(Instance);
            return configuration;
        });
    }

    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
}
