using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CitizenVoice.Reports.Tests;

/// <summary>Reopens written files with the Open XML SDK, as a reader of the report would.</summary>
internal static class OpenXmlRead
{
    public static MemoryStream Write<TModel>(CitizenVoice.Reports.Common.ReportWriter<TModel> writer, TModel model)
    {
        var stream = new MemoryStream();
        writer.Write(model, stream);
        stream.Position = 0;
        return stream;
    }

    public static string Text(W.Paragraph paragraph) => string.Concat(paragraph.Descendants<W.Text>().Select(t => t.Text));

    /// <summary>Top-level paragraphs of the body (outside the header and signature tables).</summary>
    public static List<string> BodyParagraphs(WordprocessingDocument doc) =>
        [.. doc.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().Select(Text)];

    /// <summary>Every sheet's cells by reference ("B7"), as displayed text for strings and raw value otherwise.</summary>
    public static Dictionary<string, Dictionary<string, string>> Cells(SpreadsheetDocument doc)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var workbook = doc.WorkbookPart!;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            result[sheet.Name!] = part.Worksheet.Descendants<Cell>()
                .Where(c => c.InlineString is not null || c.CellValue is not null)
                .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue!.Text, StringComparer.Ordinal);
        }

        return result;
    }

    public static WorksheetPart Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
    }
}
