using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Core.Places;

/// <summary>
/// The administrative map held in memory: 34 provinces and ~3,300 communes change only by resolution, yet every
/// submission checks its place and every keystroke in the commune picker searches them. Reloaded hourly, so an
/// updated map (re-seeded by another node or the CLI) is picked up without a restart.
/// </summary>
public sealed class PlaceCatalog(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _snapshot;

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        if (current is not null && clock.GetUtcNow() - current.LoadedAt < RefreshAfter)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } loaded && clock.GetUtcNow() - loaded.LoadedAt < RefreshAfter)
            {
                return loaded;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>();
            var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
            var communes = await db.Communes.AsNoTracking().OrderBy(c => c.SearchKey).ToListAsync(cancellationToken);
            _snapshot = new Snapshot(provinces, communes, clock.GetUtcNow());
            return _snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    /// <summary>Forget the loaded map, e.g. after reference data was re-seeded in this process.</summary>
    public void Invalidate() => _snapshot = null;

    public sealed class Snapshot
    {
        public Snapshot(IReadOnlyList<Province> provinces, IReadOnlyList<Commune> communes, DateTimeOffset loadedAt)
        {
            Provinces = provinces;
            ProvincesByCode = provinces.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
            CommunesByCode = communes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
            CommunesByProvince = communes.GroupBy(c => c.ProvinceCode)
                .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Commune>)g.ToList(), StringComparer.Ordinal);
            LoadedAt = loadedAt;
        }

        public IReadOnlyList<Province> Provinces { get; }

        public FrozenDictionary<string, Province> ProvincesByCode { get; }

        public FrozenDictionary<string, Commune> CommunesByCode { get; }

        public FrozenDictionary<string, IReadOnlyList<Commune>> CommunesByProvince { get; }

        public DateTimeOffset LoadedAt { get; }

        public IReadOnlyList<Commune> CommunesOf(string provinceCode) =>
            CommunesByProvince.TryGetValue(provinceCode, out var list) ? list : [];
    }
}
