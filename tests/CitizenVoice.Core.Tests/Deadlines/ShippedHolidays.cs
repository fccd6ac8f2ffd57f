using System.Text;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;

namespace CitizenVoice.Core.Tests.Deadlines;

/// <summary>The holiday CSV shipped in CitizenVoice.Data, parsed the way the seeder parses it.</summary>
internal static class ShippedHolidays
{
    private static readonly Lazy<List<PublicHoliday>> Holidays = new(Load);

    public static IReadOnlyList<PublicHoliday> All => Holidays.Value;

    public static WorkingDayCalendar Calendar { get; } = new(All);

    private static List<PublicHoliday> Load()
    {
        using var stream = typeof(ShippedHolidays).Assembly.GetManifestResourceStream("holidays.csv")
            ?? throw new InvalidOperationException("holidays.csv is not embedded in the test assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return PublicHolidayCsv.Parse(CsvText.Read(reader).ToList());
    }
}
