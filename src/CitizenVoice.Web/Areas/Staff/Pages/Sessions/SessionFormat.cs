using System.Globalization;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>How the session pages show dates and deadline states.</summary>
public static class SessionFormat
{
    public const int DueSoonDays = 7;

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>The CSS class of a report deadline: overdue, due within a week, or none.</summary>
    public static string? DeadlineClass(DateOnly due, DateOnly today) =>
        due < today ? "due-overdue" : due.DayNumber - today.DayNumber <= DueSoonDays ? "due-soon" : null;

    public static string DeadlineNote(DateOnly due, DateOnly today)
    {
        var days = due.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => $"đã quá {-days} ngày",
            0 => "hôm nay",
            _ => $"còn {days} ngày",
        };
    }

    public static string MeetingTime(VoterMeeting meeting) =>
        Date(meeting.Date) + (meeting.StartTime is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "");
}
