using CitizenVoice.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Hosting;

/// <summary>
/// Hangfire keeps process-wide state (the current storage, the log provider); several apps in one process, as in the
/// test suite, must not reach each other's through it.
/// </summary>
public sealed class HangfireAcrossTestAppsTests
{
    [Fact]
    public async Task EachAppServesTheStorageItsOwnConfigurationMade()
    {
        // The second app configures Hangfire (and so sets the process-wide current storage) right after the first
        // app's configuration ran and before the first app looks its storage up: the order two apps starting at once
        // can take.
        await using var second = CitizenVoiceApp.Sqlite();
        await using var first = CitizenVoiceApp.Sqlite().WithServices(services =>
        {
            var hangfire = services.Single(d => d.ServiceType == typeof(IGlobalConfiguration));
            services.Remove(hangfire);
            services.AddSingleton(sp =>
            {
                var configuration = (IGlobalConfiguration)hangfire.ImplementationFactory!(sp);
                second.Services.GetRequiredService<JobStorage>();
                return configuration;
            });
        });

        var firstStorage = first.Services.GetRequiredService<JobStorage>();

        Assert.NotSame(second.Services.GetRequiredService<JobStorage>(), firstStorage);
        Assert.Same(firstStorage, first.Services.GetRequiredService<JobStorage>());
    }

    [Fact]
    public async Task AnAppStillGetsHangfireLoggersAfterAnotherAppIsDisposed()
    {
        await using var first = CitizenVoiceApp.Sqlite();
        first.Services.GetRequiredService<IGlobalConfiguration>();
        var second = CitizenVoiceApp.Sqlite();
        second.Services.GetRequiredService<IGlobalConfiguration>();
        await second.DisposeAsync();

        // With each app's own logger factory as the provider, this threw ObjectDisposedException (LoggerFactory).
        var logger = LogProvider.GetLogger(typeof(HangfireAcrossTestAppsTests));

        Assert.NotNull(logger);
        Assert.NotNull(first.Services.GetRequiredService<IBackgroundJobClient>());
    }
}
