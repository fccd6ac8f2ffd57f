namespace CitizenVoice.Web.Tests.Infrastructure;

public sealed class TotpTests
{
    [Theory]
    // RFC 6238 Appendix B, SHA-1 key "12345678901234567890": the last six digits of the eight-digit values.
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(2000000000, "279037")]
    public void MatchesTheRfc6238TestVectors(long unixSeconds, string expected)
    {
        var key = System.Text.Encoding.ASCII.GetBytes("12345678901234567890");

        Assert.Equal(expected, Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public void ReadsABase32Key()
    {
        // "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" is base32 of the same RFC key.
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }
}
