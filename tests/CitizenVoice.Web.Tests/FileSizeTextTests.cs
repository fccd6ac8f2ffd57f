using System.Globalization;

namespace CitizenVoice.Web.Tests;

public sealed class FileSizeTextTests
{
    [Theory]
    [InlineData(0, "< 1 KB")]
    [InlineData(1023, "< 1 KB")]
    [InlineData(48_213, "47 KB")]
    [InlineData(2_411_724, "2,3 MB")]
    public void SizesReadAsPeopleSayThemInVietnamese(long bytes, string expected) =>
        Assert.Equal(expected, FileSizeText.Format(bytes, CultureInfo.GetCultureInfo("vi-VN")));
}
