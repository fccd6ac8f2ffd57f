namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// The working-day calendar built from the PublicHolidays table, shared by the process. Call <see cref="Invalidate"/>
/// after an administrator edits holidays so the next caller rebuilds it; other nodes pick the edit up on their refresh.
/// </summary>
public interface IHolidayCalendarProvider
{
    Task<WorkingDayCalendar> GetCalendarAsync(CancellationToken cancellationToken);

    void Invalidate();
}
