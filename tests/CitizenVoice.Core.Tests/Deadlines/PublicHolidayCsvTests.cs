using CitizenVoice.Core.Deadlines;

namespace CitizenVoice.Core.Tests.Deadlines;

public sealed class PublicHolidayCsvTests
{
    [Fact]
    public void ShippedFileHoldsTheFiveWorkingDaysOfTet2026()
    {
        var tet = ShippedHolidays.All
            .Where(h => h.Date >= new DateOnly(2026, 2, 14) && h.Date <= new DateOnly(2026, 2, 22))
            .ToList();

        Assert.Equal(
            [new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20)],
            tet.Select(h => h.Date));
        Assert.All(tet, h => Assert.Equal(PublicHolidayKind.Holiday, h.Kind));
        Assert.All(tet, h => Assert.Equal("Tết Nguyên đán Bính Ngọ", h.Name));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void ShippedFileGivesEachYearItsElevenStatutoryDaysOff(int year)
    {
        // BLLĐ 2019 Điều 112(1): 1 + 5 + 1 + 1 + 1 + 2 = 11 days. A holiday on a weekend is replaced by a compensatory
        // weekday, and a swapped day is paid back by a working Saturday, so the count of weekdays off stays 11.
        var days = ShippedHolidays.All.Where(h => h.Date.Year == year).ToList();
        var weekdaysOff = days.Count(h => h.IsDayOff && h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var workingSaturdays = days.Count(h => h.Kind == PublicHolidayKind.CompensatoryWorkingDay);

        Assert.Equal(11, weekdaysOff - workingSaturdays);
    }

    [Fact]
    public void CompensatoryWorkingDaysAreWeekendDays() =>
        Assert.All(
            ShippedHolidays.All.Where(h => h.Kind == PublicHolidayKind.CompensatoryWorkingDay),
            h => Assert.Equal(DayOfWeek.Saturday, h.Date.DayOfWeek));

    [Fact]
    public void RejectsAnUnknownKind()
    {
        var rows = new[] { Row("2026-01-01", "ngay-nghi", "Tết Dương lịch") };

        Assert.Throws<FormatException>(() => PublicHolidayCsv.Parse(rows));
    }

    [Fact]
    public void RejectsADateListedTwice()
    {
        var rows = new[] { Row("2026-01-01", "ngay-le", "Tết Dương lịch"), Row("2026-01-01", "nghi-bu", "Nghỉ bù") };

        Assert.Throws<FormatException>(() => PublicHolidayCsv.Parse(rows));
    }

    private static Dictionary<string, string> Row(string date, string kind, string name) =>
        new() { ["date"] = date, ["kind"] = kind, ["name_vi"] = name, ["note"] = "" };
}
