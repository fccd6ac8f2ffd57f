using System.Globalization;

namespace CitizenVoice.Web;

/// <summary>Dates and times typed in forms: the date input's yyyy-MM-dd, or dd/MM/yyyy where the browser has no picker.</summary>
public static class FormDates
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static DateOnly? ParseDate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return DateOnly.TryParseExact(raw.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    public static TimeOnly? ParseTime(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        string[] formats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "H'h'mm"];
        return TimeOnly.TryParseExact(raw.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
    }

    /// <summary>A Vietnam-time date and time as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), VietnamOffset);

    public static DateTimeOffset ToVietnam(DateTimeOffset at) => at.ToOffset(VietnamOffset);

    public static DateOnly TodayInVietnam(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamOffset).DateTime);

    public static string Display(DateTimeOffset at) => ToVietnam(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string DisplayDate(DateTimeOffset at) => ToVietnam(at).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
