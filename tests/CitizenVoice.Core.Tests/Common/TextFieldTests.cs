using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Tests.Common;

public sealed class TextFieldTests
{
    [Fact]
    public void RequiredEmptyFieldGetsAVietnameseMessage()
    {
        var errors = new ValidationErrors();

        Assert.Null(TextField.Clean("   ", "title", "tiêu đề", 10, errors, required: true));
        Assert.Equal("Vui lòng nhập tiêu đề.", errors.First("title"));
    }

    [Fact]
    public void LengthIsCountedAfterNormalisation()
    {
        var errors = new ValidationErrors();
        var decomposed = "Hồ".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("Hồ", TextField.Clean(decomposed, "name", "tên", 2, errors));
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void TooLongFieldSaysTheLimit()
    {
        var errors = new ValidationErrors();

        TextField.Clean(new string('a', 11), "title", "tiêu đề", 10, errors);

        Assert.Contains("10 ký tự", errors.First("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void MultilineKeepsLineBreaksAsLf()
    {
        var errors = new ValidationErrors();

        Assert.Equal("a\nb\nc", TextField.Clean("a\r\nb\rc", "content", "nội dung", 100, errors, multiline: true));
    }

    [Fact]
    public void SingleLineRefusesLineBreaks()
    {
        var errors = new ValidationErrors();

        Assert.Null(TextField.Clean("a\nb", "title", "tiêu đề", 100, errors));
        Assert.True(errors.Has("title"));
    }
}
