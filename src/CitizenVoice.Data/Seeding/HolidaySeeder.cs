using CitizenVoice.Core.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// Loads the shipped holiday calendar (Seed/holidays.csv). Runs at every start and only adds dates the table lacks:
/// administrators correct the calendar when the Government's notice differs, and a restart must not undo that.
/// A newer CSV therefore brings new years and new dates, never changes to dates already present.
/// </summary>
public static class HolidaySeeder
{
    public static async Task SeedAsync(CitizenVoiceDbContext db, CancellationToken cancellationToken)
    {
        var shipped = PublicHolidayCsv.Parse(CsvReader.ReadEmbedded("holidays.csv"));
        var existing = (await db.PublicHolidays.Select(h => h.Date).ToListAsync(cancellationToken)).ToHashSet();
        var missing = shipped.Where(h => !existing.Contains(h.Date)).ToList();
        if (missing.Count > 0)
        {
            db.PublicHolidays.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }
}
