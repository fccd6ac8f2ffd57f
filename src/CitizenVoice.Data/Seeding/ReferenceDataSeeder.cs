using CitizenVoice.Core.Places;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// Loads the 2025 administrative map (34 provinces, 3,314 communes, official codes) shipped with the app.
/// Runs at every start; adds what is missing and corrects changed names, so a newer CSV updates an installation.
/// </summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(CitizenVoiceDbContext db, CancellationToken cancellationToken)
    {
        var provinces = CsvReader.ReadEmbedded("provinces.csv")
            .Select(r => new Province(r["code"], r["name_vi"], r["type"]))
            .ToList();
        var communes = CsvReader.ReadEmbedded("communes.csv")
            .Select(r => new Commune(r["code"], r["name_vi"], r["full_name_vi"], r["type"], r["province_code"]))
            .ToList();

        var existingProvinces = await db.Provinces.ToDictionaryAsync(p => p.Code, cancellationToken);
        var existingCommunes = await db.Communes.ToDictionaryAsync(c => c.Code, cancellationToken);
        var changed = false;
        foreach (var province in provinces)
        {
            if (!existingProvinces.TryGetValue(province.Code, out var current))
            {
                db.Provinces.Add(province);
                changed = true;
            }
            else if (current.Name != province.Name || current.Type != province.Type)
            {
                db.Entry(current).CurrentValues.SetValues(new { province.Name, province.Type, province.SearchKey });
                changed = true;
            }
        }

        foreach (var commune in communes)
        {
            if (!existingCommunes.TryGetValue(commune.Code, out var current))
            {
                db.Communes.Add(commune);
                changed = true;
            }
            else if (current.FullName != commune.FullName || current.ProvinceCode != commune.ProvinceCode)
            {
                db.Entry(current).CurrentValues.SetValues(new { commune.Name, commune.FullName, commune.Type, commune.ProvinceCode, commune.SearchKey });
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
