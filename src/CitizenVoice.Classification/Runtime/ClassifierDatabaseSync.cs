using CitizenVoice.Classification.Retraining;
using CitizenVoice.Classification.Routing;
using CitizenVoice.Core;
using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Classification.Runtime;

/// <summary>
/// Keeps the holder's classifier in step with the database: reloads the routing table when its revision moved, and
/// loads the active model version (or the shipped ml-models/ when none is active) when it changed. Two cheap
/// queries when nothing changed, so every node can run it every few seconds.
/// </summary>
public sealed class ClassifierDatabaseSync(IServiceScopeFactory scopes, RoutingClassifierHolder holder, RoutingModelStore store,
    ILogger<ClassifierDatabaseSync> logger) : IRoutingClassifierRefresher, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long? _rulesRevision;
    private string? _unusablePath;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>();
            var revision = await db.RoutingTableRevisions.AsNoTracking()
                .Where(r => r.Id == RoutingTableRevision.SingletonId).Select(r => (long?)r.Number).FirstOrDefaultAsync(cancellationToken);
            if (revision is not null && revision != _rulesRevision)
            {
                var rules = await DatabaseRoutingRulesSource.LoadAsync(db, cancellationToken);
                holder.UseRouting(new RoutingTable(rules, AgencyDirectory.LoadEmbedded(), ProvinceDirectory.LoadEmbedded()));
                logger.LogInformation("Routing table revision {Revision} loaded ({Count} rules)", revision, rules.Count);
                _rulesRevision = revision;
            }

            var active = await db.RoutingModelVersions.AsNoTracking()
                .Where(v => v.Status == RoutingModelStatus.Active)
                .OrderByDescending(v => v.Version)
                .Select(v => new { v.Version, v.Location })
                .FirstOrDefaultAsync(cancellationToken);
            var path = active is null ? holder.DefaultModelPath : store.PathOf(active.Location);
            if (!string.Equals(Path.GetFullPath(holder.Current.ModelPath), Path.GetFullPath(path), StringComparison.Ordinal)
                && !string.Equals(path, _unusablePath, StringComparison.Ordinal))
            {
                UseModel(path, active?.Version);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void UseModel(string path, int? version)
    {
        if (!RoutingModelStore.HasModels(path))
        {
            logger.LogWarning("Active model version {Version} has no files at {Path}; keeping {Current}", version, path, holder.Current.ModelPath);
            return;
        }

        try
        {
            holder.UseModel(path);
            _unusablePath = null;
            logger.LogInformation("Classifier now uses model {Version} from {Path}", version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "shipped", path);
        }
        catch (IncompatibleModelException ex)
        {
            // A version trained before a featurizer change: keep classifying with the current model (the shipped one
            // after an upgrade) and do not retry every refresh; the next retraining replaces it.
            _unusablePath = path;
            logger.LogWarning("Active model version {Version} cannot be used ({Reason}); keeping {Current}", version, ex.Message, holder.Current.ModelPath);
        }
    }

    public void Dispose() => _gate.Dispose();
}
