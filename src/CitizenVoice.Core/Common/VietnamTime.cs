namespace CitizenVoice.Core.Common;

/// <summary>Vietnam has one time zone and no daylight saving: UTC+7. Legal days and meeting dates are local days.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateTimeOffset Local(DateTimeOffset utc) => utc.ToOffset(Offset);
}
