namespace CitizenVoice.Core.Deadlines;

/// <summary>Where a clock stands on a given day.</summary>
/// <param name="WorkingDaysLeft">Working days after today up to the due date; negative when overdue.</param>
/// <param name="CalendarDaysLeft">Calendar days from today to the due date; negative when overdue.</param>
public sealed record DeadlineStatus(DeadlineState State, int WorkingDaysLeft, int CalendarDaysLeft)
{
    /// <summary>
    /// Overdue from the day after the due date: a limit ends at the end of its last day (BLDS 2015 Điều 148(1)).
    /// Due soon when at most <paramref name="dueSoonWorkingDays"/> working days remain, the due day included.
    /// </summary>
    public static DeadlineStatus Evaluate(DateOnly dueDate, DateOnly today, WorkingDayCalendar calendar, int dueSoonWorkingDays)
    {
        var workingDaysLeft = calendar.WorkingDaysBetween(today, dueDate);
        var calendarDaysLeft = dueDate.DayNumber - today.DayNumber;
        var state = today > dueDate ? DeadlineState.Overdue
            : workingDaysLeft <= dueSoonWorkingDays ? DeadlineState.DueSoon
            : DeadlineState.OnTime;
        return new DeadlineStatus(state, workingDaysLeft, calendarDaysLeft);
    }
}
