using System.Text;
using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Tests.Common;

public sealed class VietnameseTextTests
{
    [Fact]
    public void NormalisesDecomposedInputToNfc()
    {
        var nfd = "Nguyễn Thị Hồng Nhung".Normalize(NormalizationForm.FormD);

        var result = VietnameseText.ToNfc("  " + nfd + " ");

        Assert.Equal("Nguyễn Thị Hồng Nhung".Normalize(NormalizationForm.FormC), result);
    }

    [Fact]
    public void RejectsLoneSurrogates() => Assert.Null(VietnameseText.ToNfc("ab\uD800cd"));

    [Theory]
    [InlineData("Phường Hoàn Kiếm", "phuong hoan kiem")]
    [InlineData("ĐỒNG THÁP", "dong thap")]
    [InlineData("Thừa  Thiên\tHuế ", "thua thien hue")]
    [InlineData("hoan kiem", "hoan kiem")]
    public void FoldsDiacriticsCaseAndSpaces(string input, string expected) => Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void FoldsComposedAndDecomposedTheSame() =>
        Assert.Equal(VietnameseText.Fold("Hòa Bình"), VietnameseText.Fold("Hòa Bình".Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData("bình thường", false, false)]
    [InlineData("dòng 1\ndòng 2", true, false)]
    [InlineData("dòng 1\ndòng 2", false, true)]
    [InlineData("chuông\u0007", true, true)]
    [InlineData("đảo\u202Echiều", true, true)]
    public void FindsForbiddenControlCharacters(string input, bool allowLineBreaks, bool expected) =>
        Assert.Equal(expected, VietnameseText.HasForbiddenControlCharacters(input, allowLineBreaks));
}
