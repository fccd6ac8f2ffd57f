using System.Globalization;

namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Turns rows of the shipped holiday file (columns date, kind, name_vi, note; read with <c>CsvText</c>) into entities.
/// Shared by the seeder and the tests, so the file the app ships is the file the tests check.
/// </summary>
public static class PublicHolidayCsv
{
    public static List<PublicHoliday> Parse(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var holidays = new List<PublicHoliday>();
        var seen = new HashSet<DateOnly>();
        var line = 0;
        foreach (var row in rows)
        {
            line++;
            if (!DateOnly.TryParseExact(row["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"Holiday row {line}: '{row["date"]}' is not a yyyy-MM-dd date.");
            }

            if (!DeadlineCodes.TryParseHolidayKind(row["kind"], out var kind))
            {
                throw new FormatException($"Holiday row {line}: unknown kind '{row["kind"]}'.");
            }

            if (!seen.Add(date))
            {
                throw new FormatException($"Holiday row {line}: {date:yyyy-MM-dd} is listed twice.");
            }

            row.TryGetValue("note", out var note);
            holidays.Add(new PublicHoliday(date, row["name_vi"], kind, note));
        }

        return holidays;
    }
}
