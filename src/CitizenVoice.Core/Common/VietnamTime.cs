namespace CitizenVoice.Core.Common;

/// <summary>Legal days are Vietnamese calendar days: a letter received at 23:30 UTC counts from the next day in Hà Nội.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());
}
