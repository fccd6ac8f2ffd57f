namespace CitizenVoice.Core.Common;

/// <summary>
/// Vietnam has one time zone and no daylight saving: UTC+7. Legal days and meeting dates are local days: a letter
/// received at 23:30 UTC counts from the next day in Hà Nội.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateTimeOffset Local(DateTimeOffset utc) => utc.ToOffset(Offset);
}
