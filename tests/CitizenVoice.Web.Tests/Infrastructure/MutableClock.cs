namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, to pass back-off delays and claim expiries without waiting.</summary>
public sealed class MutableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
