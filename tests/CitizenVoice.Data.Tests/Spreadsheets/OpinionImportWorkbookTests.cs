using CitizenVoice.Data.Spreadsheets;

namespace CitizenVoice.Data.Tests.Spreadsheets;

public sealed class OpinionImportWorkbookTests
{
    [Fact]
    public void TheUnchangedTemplateIsRefusedInsteadOfImportingItsExample()
    {
        using var file = new MemoryStream();
        OpinionImportWorkbook.WriteTemplate(file);
        file.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => OpinionImportWorkbook.Read(file));

        Assert.Contains("dòng ví dụ", error.Message, StringComparison.Ordinal);
    }
}
