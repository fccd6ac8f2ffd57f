using System.Globalization;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>A month grid (weeks Monday to Sunday, as Vietnamese calendars print them) with the meetings of each day.</summary>
public sealed class MonthCalendar
{
    public MonthCalendar(DateOnly firstOfMonth, IReadOnlyList<VoterMeeting> meetings)
    {
        Month = new DateOnly(firstOfMonth.Year, firstOfMonth.Month, 1);
        var offset = ((int)Month.DayOfWeek + 6) % 7;
        var start = Month.AddDays(-offset);
        var byDay = meetings.ToLookup(m => m.Date);
        var weeks = new List<IReadOnlyList<Day>>();
        for (var weekStart = start; weekStart <= Month.AddMonths(1).AddDays(-1); weekStart = weekStart.AddDays(7))
        {
            weeks.Add(Enumerable.Range(0, 7).Select(i => weekStart.AddDays(i))
                .Select(d => new Day(d, d.Month == Month.Month, byDay[d].ToList())).ToList());
        }

        Weeks = weeks;
    }

    public static readonly IReadOnlyList<string> WeekdayNames = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

    public DateOnly Month { get; }

    public IReadOnlyList<IReadOnlyList<Day>> Weeks { get; }

    public string Title => $"Tháng {Month.Month}/{Month.Year}";

    public string Previous => Month.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string Next => Month.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public sealed record Day(DateOnly Date, bool InMonth, IReadOnlyList<VoterMeeting> Meetings);
}
