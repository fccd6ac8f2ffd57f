using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CitizenVoice.Reports.Spreadsheet;

/// <summary>
/// A workbook of printable tables (Times New Roman, A4, frozen and repeated header row) written with the Open XML SDK
/// alone: see Directory.Packages.props for why not ClosedXML.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string Font = "Times New Roman";

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly List<XlsxSheet> _sheets = [];

    public XlsxWorkbook(Stream output)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        _workbook.Workbook = new Workbook(new Sheets());
        var styles = _workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
    }

    /// <param name="name">At most 31 characters, without : \ / ? * [ ].</param>
    /// <param name="widths">Column widths in characters.</param>
    public XlsxSheet AddSheet(string name, double[] widths, bool landscape)
    {
        var part = _workbook.AddNewPart<WorksheetPart>();
        var sheet = new XlsxSheet(part, name, widths, landscape);
        _workbook.Workbook.Sheets!.Append(new Sheet { Id = _workbook.GetIdOfPart(part), SheetId = (uint)_sheets.Count + 1, Name = name });
        _sheets.Add(sheet);
        return sheet;
    }

    public void Dispose()
    {
        var names = new DefinedNames();
        for (var i = 0; i < _sheets.Count; i++)
        {
            _sheets[i].Complete();
            if (_sheets[i].HeaderRow is { } row)
            {
                names.Append(new DefinedName($"'{_sheets[i].Name.Replace("'", "''", StringComparison.Ordinal)}'!${row}:${row}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
        }

        if (names.HasChildren)
        {
            _workbook.Workbook.Append(names);
        }

        _document.Dispose();
    }

    private static Stylesheet Stylesheet()
    {
        static DocumentFormat.OpenXml.Spreadsheet.Font MakeFont(double size, bool bold = false, bool italic = false)
        {
            var font = new DocumentFormat.OpenXml.Spreadsheet.Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            if (italic)
            {
                font.Append(new Italic());
            }

            font.Append(new FontSize { Val = size }, new FontName { Val = Font }, new FontFamilyNumbering { Val = 1 });
            return font;
        }

        static Border Thin() => new(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());

        static CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal, bool wrap, uint fill = 0, uint numberFormat = 0) =>
            new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Top, WrapText = wrap })
            {
                FontId = font, BorderId = border, FillId = fill, NumberFormatId = numberFormat, ApplyAlignment = true,
                ApplyFont = true, ApplyBorder = border != 0, ApplyFill = fill != 0, ApplyNumberFormat = numberFormat != 0,
            };

        var header = Format(1, 1, HorizontalAlignmentValues.Center, true, fill: 2);
        header.Alignment!.Vertical = VerticalAlignmentValues.Center;
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(MakeFont(12), MakeFont(12, bold: true), MakeFont(14, bold: true), MakeFont(12, italic: true)) { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(), Thin()) { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                Format(2, 0, HorizontalAlignmentValues.Center, true),
                Format(3, 0, HorizontalAlignmentValues.Center, true),
                header,
                Format(0, 1, HorizontalAlignmentValues.Left, true),
                Format(0, 1, HorizontalAlignmentValues.Center, false),
                Format(0, 1, HorizontalAlignmentValues.Center, false, numberFormat: 164),
                Format(1, 1, HorizontalAlignmentValues.Left, true),
                Format(1, 1, HorizontalAlignmentValues.Center, false),
                Format(1, 0, HorizontalAlignmentValues.Left, false),
                Format(0, 1, HorizontalAlignmentValues.Center, false, numberFormat: 10)) { Count = 11 });
    }
}
