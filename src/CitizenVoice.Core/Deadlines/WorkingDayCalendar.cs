using System.Collections.Frozen;

namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Which days public bodies work: Monday to Friday (the 40-hour week of state bodies, Quyết định 188/1999/QĐ-TTg),
/// minus holidays and compensatory days off, plus compensatory working Saturdays.
/// Immutable and built once from the holiday table, so a lookup is two set probes at most.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenSet<DateOnly> _daysOff;
    private readonly FrozenSet<DateOnly> _workingWeekendDays;
    private readonly FrozenSet<int> _coveredYears;

    public WorkingDayCalendar(IEnumerable<PublicHoliday> holidays)
    {
        var list = holidays.ToList();
        _daysOff = list.Where(h => h.IsDayOff).Select(h => h.Date).ToFrozenSet();
        _workingWeekendDays = list
            .Where(h => h.Kind == PublicHolidayKind.CompensatoryWorkingDay && IsWeekend(h.Date))
            .Select(h => h.Date)
            .ToFrozenSet();
        _coveredYears = list.Select(h => h.Date.Year).ToFrozenSet();
    }

    /// <summary>A calendar with weekends only, for tests and for years the table does not cover yet.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new([]);

    /// <summary>Whether the holiday table has any entry for that year; if not, only weekends are skipped there.</summary>
    public bool Covers(int year) => _coveredYears.Contains(year);

    public bool IsWorkingDay(DateOnly date) =>
        IsWeekend(date) ? _workingWeekendDays.Contains(date) : !_daysOff.Contains(date);

    /// <summary>
    /// The day on which a limit of <paramref name="workingDays"/> working days ends, counted from an event on
    /// <paramref name="start"/> (receipt, acceptance). The event's own day is not counted: BLDS 2015 Điều 147(1)
    /// says a limit in days starts on the day after the event, and the statutes give no other rule, so "7 ngày làm
    /// việc kể từ ngày nhận được tố cáo" runs over the next 7 working days. A letter received on a Friday or on a
    /// holiday therefore starts its clock on the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The date itself when it is a working day, otherwise the next working day.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
