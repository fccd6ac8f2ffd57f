using CitizenVoice.Core.Deadlines;

namespace CitizenVoice.Core.Tests.Deadlines;

public sealed class DeadlineStatusTests
{
    private static readonly DateOnly Due = new(2026, 5, 6);
    private readonly DeadlineCalculator _calculator = new(ShippedHolidays.Calendar);

    [Fact]
    public void IsOnTimeWithMoreThanThreeWorkingDaysLeft()
    {
        var status = _calculator.StatusOf(Due, new DateOnly(2026, 4, 28));

        Assert.Equal(DeadlineState.OnTime, status.State);
        Assert.Equal(4, status.WorkingDaysLeft);
    }

    [Fact]
    public void IsDueSoonWithThreeWorkingDaysLeftAcrossHolidays()
    {
        // 30/4 to 6/5/2026: 1/5 is off and 2–3/5 a weekend; 4, 5 and 6/5 remain.
        var status = _calculator.StatusOf(Due, new DateOnly(2026, 4, 30));

        Assert.Equal(DeadlineState.DueSoon, status.State);
        Assert.Equal(3, status.WorkingDaysLeft);
        Assert.Equal(6, status.CalendarDaysLeft);
    }

    [Fact]
    public void IsDueSoonOnTheDueDay() =>
        Assert.Equal(DeadlineState.DueSoon, _calculator.StatusOf(Due, Due).State);

    [Fact]
    public void IsOverdueFromTheNextDay()
    {
        var status = _calculator.StatusOf(Due, new DateOnly(2026, 5, 7));

        Assert.Equal(DeadlineState.Overdue, status.State);
        Assert.Equal(-1, status.WorkingDaysLeft);
        Assert.Equal(-1, status.CalendarDaysLeft);
        Assert.Equal("Quá hạn", status.State.Label());
    }
}
