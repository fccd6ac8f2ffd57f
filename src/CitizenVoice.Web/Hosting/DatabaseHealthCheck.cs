using CitizenVoice.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CitizenVoice.Web.Hosting;

/// <summary>Ready when the database answers.</summary>
public sealed class DatabaseHealthCheck(CitizenVoiceDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("database reachable")
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}
