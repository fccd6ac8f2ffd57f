using System.Globalization;
using CitizenVoice.Core.Common;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>
/// What the statistics count: one session's opinions, or everything received in a month, quarter or year
/// (opinions and submissions). Bound from the query string so that a view can be bookmarked and exported.
/// </summary>
public sealed class StatisticsFilter
{
    public Guid? SessionId { get; set; }

    /// <summary>"thang", "quy" or "nam"; ignored when a session is chosen.</summary>
    public string? Period { get; set; }

    public int? Year { get; set; }

    /// <summary>Month (1–12) or quarter (1–4).</summary>
    public int? Part { get; set; }

    public (DateOnly From, DateOnly To, string Label) Range(TimeProvider clock)
    {
        var today = VietnamTime.Today(clock);
        var year = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        switch (Period)
        {
            case "nam":
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"Năm {year}");
            case "quy":
                var quarter = Part is >= 1 and <= 4 ? Part.Value : (today.Month - 1) / 3 + 1;
                var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
                return (start, start.AddMonths(3).AddDays(-1), $"Quý {ToRoman(quarter)} năm {year}");
            default:
                var month = Part is >= 1 and <= 12 ? Part.Value : today.Month;
                var first = new DateOnly(year, month, 1);
                return (first, first.AddMonths(1).AddDays(-1), $"Tháng {month}/{year}");
        }
    }

    public string QueryString()
    {
        var parts = new List<string>();
        if (SessionId is { } id)
        {
            parts.Add("sessionId=" + id);
        }

        if (Period is not null)
        {
            parts.Add("period=" + Uri.EscapeDataString(Period));
        }

        if (Year is { } y)
        {
            parts.Add("year=" + y.ToString(CultureInfo.InvariantCulture));
        }

        if (Part is { } p)
        {
            parts.Add("part=" + p.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join('&', parts);
    }

    private static string ToRoman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
