using CitizenVoice.Core.Email;

namespace CitizenVoice.Core.Tests.Email;

public sealed class OutboxEmailTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FailedAttemptsBackOffExponentiallyUpToSixHours()
    {
        var email = new OutboxEmail("a@example.vn", null, "s", "b", Now);
        var delays = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            email.MarkFailed("down", Now);
            delays.Add((email.NextAttemptAt - Now).TotalMinutes);
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 360], delays);
    }

    [Fact]
    public void GivesUpAfterTheLastAttempt()
    {
        var email = new OutboxEmail("a@example.vn", null, "s", "b", Now);
        for (var i = 0; i < OutboxEmail.MaxAttempts; i++)
        {
            email.MarkFailed("down", Now);
        }

        Assert.Equal(Now, email.GaveUpAt);
        Assert.Null(email.SentAt);
    }

    [Fact]
    public void SentClearsTheErrorAndTheClaim()
    {
        var email = new OutboxEmail("a@example.vn", null, "s", "b", Now);
        email.MarkFailed("down", Now);

        email.MarkSent(Now.AddMinutes(1));

        Assert.Equal(Now.AddMinutes(1), email.SentAt);
        Assert.Null(email.LastError);
        Assert.Null(email.LockedUntil);
        Assert.Equal(2, email.Attempts);
    }
}
