using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Tests.Submissions;

public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("024 3825 1234", "02438251234")]
    [InlineData("12345", null)]
    [InlineData("0112345678", null)]
    [InlineData("09123456789", null)]
    [InlineData("0912abc678", null)]
    public void NormalisesVietnamesePhoneNumbers(string input, string? expected) =>
        Assert.Equal(expected, ContactRules.NormalizePhone(input));

    [Theory]
    [InlineData("NguyenVanA@Gmail.com", "nguyenvana@gmail.com")]
    [InlineData("a@b", null)]
    [InlineData("a b@c.vn", null)]
    [InlineData("Tên <a@b.vn>", null)]
    [InlineData("a@@b.vn", null)]
    public void ValidatesEmail(string input, string? expected) => Assert.Equal(expected, ContactRules.NormalizeEmail(input));

    [Theory]
    [InlineData("001099012345", "001099012345")]
    [InlineData("123456789", "123456789")]
    [InlineData("0010990123", null)]
    [InlineData("00109901234X", null)]
    public void ValidatesIdNumbers(string input, string? expected) => Assert.Equal(expected, ContactRules.NormalizeIdNumber(input));

    [Fact]
    public void SubmitterMatchesContactInAnyCommonFormat()
    {
        var submitter = new Submitter { Phone = "0912345678", Email = "an@example.vn" };

        Assert.True(submitter.HasContact("+84 912 345 678"));
        Assert.True(submitter.HasContact("AN@example.vn"));
        Assert.False(submitter.HasContact("0912345679"));
        Assert.False(submitter.HasContact(""));
    }
}
