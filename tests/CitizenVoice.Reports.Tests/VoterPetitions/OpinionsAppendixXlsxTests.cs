using System.Globalization;
using System.Text.RegularExpressions;
using CitizenVoice.Reports.VoterPetitions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CitizenVoice.Reports.Tests.VoterPetitions;

public sealed partial class OpinionsAppendixXlsxTests
{
    private const uint HeaderRow = 6;

    [Fact]
    public void ListsAsManyOpinionsAsTheReportCounts()
    {
        var model = SampleReports.PetitionReport();
        using var report = WordprocessingDocument.Open(OpenXmlRead.Write(new PreSessionReportDocx(), model), false);
        var countsInReport = OpenXmlRead.BodyParagraphs(report).Select(p => Counts().Match(p)).Where(m => m.Success)
            .ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));

        using var appendix = Open();
        var cells = OpenXmlRead.Cells(appendix);
        var rowsPerItem = new[] { OpinionsAppendixXlsx.CentralSheet, OpinionsAppendixXlsx.LocalSheet }
            .SelectMany(sheet => DataRows(cells[sheet]).Select(row => int.Parse(cells[sheet][$"B{row}"], CultureInfo.InvariantCulture)))
            .GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(4, countsInReport.Count);
        Assert.Equal(countsInReport.OrderBy(p => p.Key), rowsPerItem.OrderBy(p => p.Key));
        Assert.Equal(model.OpinionCount, rowsPerItem.Values.Sum());
    }

    [Fact]
    public void SummarySheetHasTheReportsCountsAndTotal()
    {
        using var doc = Open();

        var summary = OpenXmlRead.Cells(doc)[OpinionsAppendixXlsx.SummarySheet];
        Assert.Equal("ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH NGHỆ AN", summary["A1"]);
        Assert.Equal("PHỤ LỤC", summary["A2"]);
        Assert.StartsWith("(Kèm theo Báo cáo số 07/BC-ĐĐBQH ngày 05/03/2026:", summary["A4"], StringComparison.Ordinal);
        Assert.Equal("Số lượt ý kiến", summary[$"E{HeaderRow}"]);
        Assert.Equal(("1", "Trung ương", "3", "3", "3", "Bộ Y tế"), (summary["A7"], summary["B7"], summary["E7"], summary["F7"], summary["G7"], summary["H7"]));
        Assert.Equal(("4", "Địa phương", "UBND phường Trường Vinh"), (summary["A10"], summary["B10"], summary["H10"]));
        Assert.Equal(("Tổng cộng", "4 kiến nghị", "8"), (summary["C11"], summary["D11"], summary["E11"]));
    }

    [Fact]
    public void OpinionRowsCarryMeetingPlaceVoterAndAgency()
    {
        using var doc = Open();

        var central = OpenXmlRead.Cells(doc)[OpinionsAppendixXlsx.CentralSheet];
        Assert.Equal("Nội dung ý kiến", central[$"H{HeaderRow}"]);
        Assert.Equal("1", central["A7"]);
        Assert.Equal(new DateOnly(2026, 2, 24), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(central["C7"], CultureInfo.InvariantCulture))));
        Assert.Equal(("Hội trường UBND xã Nghi Lộc", "xã Nghi Lộc", "Nghệ An", "Ông Nguyễn Văn Thắng"), (central["D7"], central["E7"], central["F7"], central["G7"]));
        Assert.Equal(("Y tế", "Trung ương", "Bộ Y tế"), (central["I7"], central["J7"], central["K7"]));
        Assert.False(central.ContainsKey("G8"));
        Assert.Equal("Nhiều cựu chiến binh bị nhiễm chất độc da cam nhưng không còn giấy tờ nên chưa được công nhận.", central["H10"]);
    }

    [Fact]
    public void PrintsLandscapeToPageWidthWithAFrozenRepeatedHeader()
    {
        using var doc = Open();

        foreach (var name in new[] { OpinionsAppendixXlsx.SummarySheet, OpinionsAppendixXlsx.CentralSheet, OpinionsAppendixXlsx.LocalSheet })
        {
            var sheet = OpenXmlRead.Sheet(doc, name).Worksheet;
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal((1u, 0u, 9u), (setup.FitToWidth!.Value, setup.FitToHeight!.Value, setup.PaperSize!.Value));
            Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal((PaneStateValues.Frozen, (double)HeaderRow), (pane.State!.Value, pane.VerticalSplit!.Value));
            Assert.All(sheet.Descendants<Column>(), c => Assert.True(c.Width!.Value >= 5));
        }

        var titles = doc.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").Select(d => d.Text).ToList();
        Assert.Equal(["'Tổng hợp'!$6:$6", "'B. Trung ương'!$6:$6", "'C. Địa phương'!$6:$6"], titles);
    }

    [Fact]
    public void WrapsLongText()
    {
        using var doc = Open();

        var sheet = OpenXmlRead.Sheet(doc, OpinionsAppendixXlsx.CentralSheet).Worksheet;
        var content = sheet.Descendants<Cell>().Single(c => c.CellReference == "H7");
        var format = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)content.StyleIndex!.Value);
        Assert.True(format.Alignment!.WrapText!.Value);
        Assert.Equal(1u, format.BorderId!.Value);
    }

    private static IEnumerable<uint> DataRows(Dictionary<string, string> cells) =>
        cells.Keys.Where(k => k.StartsWith('A')).Select(k => uint.Parse(k[1..], CultureInfo.InvariantCulture)).Where(r => r > HeaderRow);

    private static SpreadsheetDocument Open() =>
        SpreadsheetDocument.Open(OpenXmlRead.Write(new OpinionsAppendixXlsx(), SampleReports.PetitionReport()), false);

    [GeneratedRegex(@"^Kiến nghị (\d+)\. .*\((\d+) lượt ý kiến tại")]
    private static partial Regex Counts();
}
