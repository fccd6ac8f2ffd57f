using CitizenVoice.Core.Deadlines;

namespace CitizenVoice.Core.Tests.Deadlines;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = ShippedHolidays.Calendar;

    [Fact]
    public void SkipsTheWeekendAndDoesNotCountTheDayOfReceipt()
    {
        // Received Friday 6/11/2026: the clock starts Monday 9/11; the 7th working day is Tuesday 17/11.
        Assert.Equal(new DateOnly(2026, 11, 17), Calendar.AddWorkingDays(new DateOnly(2026, 11, 6), 7));
    }

    [Fact]
    public void SkipsTet2026()
    {
        // Thursday 12/2/2026: Friday 13/2 is day 1, then 14/2–22/2 is off; day 10 is Thursday 5/3.
        Assert.Equal(new DateOnly(2026, 3, 5), Calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 10));
        Assert.Equal(new DateOnly(2026, 2, 26), WorkingDayCalendar.WeekendsOnly.AddWorkingDays(new DateOnly(2026, 2, 12), 10));
    }

    [Fact]
    public void CountsACompensatoryWorkingSaturday()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 4, 26)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 5, 2)));
        Assert.Equal(new DateOnly(2025, 4, 26), Calendar.AddWorkingDays(new DateOnly(2025, 4, 25), 1));
    }

    [Fact]
    public void TreatsAWeekendHolidayAndItsCompensatoryMondayAsDaysOff()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 4, 26)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 4, 27)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 4, 28)));
    }

    [Fact]
    public void CountsWorkingDaysAfterTheFirstDateUpToTheSecond()
    {
        // 24/4/2026 (Fri) to 4/5/2026 (Mon): 28, 29/4 and 4/5 are working; 27/4, 30/4, 1/5 are off.
        Assert.Equal(3, Calendar.WorkingDaysBetween(new DateOnly(2026, 4, 24), new DateOnly(2026, 5, 4)));
        Assert.Equal(-3, Calendar.WorkingDaysBetween(new DateOnly(2026, 5, 4), new DateOnly(2026, 4, 24)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 4)));
    }

    [Fact]
    public void AddingZeroWorkingDaysKeepsTheDate() =>
        Assert.Equal(new DateOnly(2026, 11, 7), Calendar.AddWorkingDays(new DateOnly(2026, 11, 7), 0));

    [Fact]
    public void KnowsWhichYearsItCovers()
    {
        Assert.True(Calendar.Covers(2026));
        Assert.False(Calendar.Covers(2028));
    }
}
