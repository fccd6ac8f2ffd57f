using CitizenVoice.Classification.Runtime;
using CitizenVoice.Core.Routing;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Web.Hosting;

/// <summary>
/// Loads the routing table and the active model before the first request, then checks the database every
/// Classifier:RefreshSeconds, so an edit or a promotion made on another node reaches this one within a minute.
/// </summary>
public sealed class ClassifierRefreshService(IRoutingClassifierRefresher refresher, IOptions<ClassifierOptions> options,
    ILogger<ClassifierRefreshService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(options.Value.RefreshSeconds, 1, 60)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await refresher.RefreshAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database hiccup must not stop the node: it keeps the classifier it has and tries again next tick.
            logger.LogWarning(ex, "Could not refresh the classifier from the database");
        }
    }
}
