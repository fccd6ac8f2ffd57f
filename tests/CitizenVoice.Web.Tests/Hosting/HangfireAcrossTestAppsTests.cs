using CitizenVoice.Web.Tests.Infrastructure;
using Hangfire;
using Hangfire.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Hosting;

/// <summary>The harness keeps Hangfire's process-wide log provider usable after any test app is disposed.</summary>
public sealed class HangfireAcrossTestAppsTests
{
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
