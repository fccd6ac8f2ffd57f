using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CitizenVoice.Web.Hosting;

public static class StartupBanner
{
    /// <summary>Once listening, says where to open the portal, so `dotnet run` users know what to do next.</summary>
    public static WebApplication LogWhereToStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var first = addresses.FirstOrDefault();
            if (first is null)
            {
                return;
            }

            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CitizenVoice");
            logger.LogInformation("CitizenVoice is running. Portal: {Url}/  Staff sign-in: {Url}/dang-nhap  API: {Url}/openapi/v1.json",
                first, first, first);
        });
        return app;
    }
}
