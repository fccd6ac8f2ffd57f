using CitizenVoice.Core.Places;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// The central bodies and, for each of the 34 provinces, the province node and its provincial bodies (about 1,400
/// units). Commune-level units are created on first use by <see cref="UnitDirectory"/>. Runs at every start; adds
/// what is missing and renames what changed.
/// </summary>
public static class UnitSeeder
{
    public static async Task SeedAsync(CitizenVoiceDbContext db, CancellationToken cancellationToken)
    {
        var agencies = new AgencyCatalog();
        var factory = new UnitFactory(agencies);
        var provinces = await db.Provinces.AsNoTracking().ToListAsync(cancellationToken);
        var places = new PlaceCatalog.Snapshot(provinces, [], DateTimeOffset.UtcNow);

        var codes = new List<string> { UnitCodes.Central };
        codes.AddRange(agencies.All.Where(a => a.IsCentral).Select(a => UnitCodes.CentralBody(a.Code)));
        foreach (var province in provinces.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            codes.Add(UnitCodes.Province(province.Code));
            codes.AddRange(agencies.All.Where(a => a.IsProvincial).Select(a => UnitCodes.ProvinceBody(province.Code, a.Code)));
        }

        var existing = await db.OrganisationUnits.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        var changed = false;
        foreach (var code in codes)
        {
            var unit = factory.Build(code, places) ?? throw new InvalidOperationException($"Unit {code} cannot be built from the reference data.");
            if (!existing.TryGetValue(code, out var current))
            {
                db.OrganisationUnits.Add(unit);
                changed = true;
            }
            else if (current.Name != unit.Name)
            {
                current.Rename(unit.Name);
                changed = true;
            }
        }

        if (changed)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }
}
