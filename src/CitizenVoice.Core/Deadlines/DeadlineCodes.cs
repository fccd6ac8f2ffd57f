namespace CitizenVoice.Core.Deadlines;

/// <summary>Stable codes (database, API) and Vietnamese labels of the deadline enums, like <c>DomainCodes</c> for submissions.</summary>
public static class DeadlineCodes
{
    private static readonly Dictionary<PublicHolidayKind, (string Code, string Label)> HolidayKinds = new()
    {
        [PublicHolidayKind.Holiday] = ("ngay-le", "Ngày lễ, Tết"),
        [PublicHolidayKind.CompensatoryDayOff] = ("nghi-bu", "Ngày nghỉ bù"),
        [PublicHolidayKind.CompensatoryWorkingDay] = ("lam-bu", "Ngày làm bù"),
    };

    public static string Code(this PublicHolidayKind kind) => HolidayKinds[kind].Code;

    public static string Label(this PublicHolidayKind kind) => HolidayKinds[kind].Label;

    public static string Label(this DeadlineCounting counting) => counting switch
    {
        DeadlineCounting.WorkingDays => "ngày làm việc",
        _ => "ngày",
    };

    public static string Label(this DeadlineState state) => state switch
    {
        DeadlineState.DueSoon => "Sắp đến hạn",
        DeadlineState.Overdue => "Quá hạn",
        _ => "Trong hạn",
    };

    public static bool TryParseHolidayKind(string? code, out PublicHolidayKind kind)
    {
        foreach (var (key, entry) in HolidayKinds)
        {
            if (string.Equals(entry.Code, code, StringComparison.Ordinal))
            {
                kind = key;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static PublicHolidayKind ParseHolidayKind(string code) =>
        TryParseHolidayKind(code, out var kind) ? kind : throw new FormatException($"Unknown PublicHolidayKind code '{code}'.");
}
