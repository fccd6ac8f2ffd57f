using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CitizenVoice.Data.Spreadsheets;

/// <summary>
/// A one-sheet table in XLSX, written and read with the Open XML SDK. ClosedXML 0.95.4 (the pinned version) was built
/// for Open XML 2.x and fails to initialise against 3.3.0, so import templates and exports use the SDK directly.
/// </summary>
public static class XlsxTable
{
    public const int MaxCellLength = 32_767;

    /// <summary>Writes a header row (bold, frozen) and data rows; numbers stay numbers, everything else is text.</summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows,
        IReadOnlyList<double>? columnWidths = null)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = BuildStylesheet();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 }));
        if (columnWidths is { Count: > 0 })
        {
            var columns = new Columns();
            for (var i = 0; i < columnWidths.Count; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columnWidths[i], CustomWidth = true });
            }

            worksheet.Append(columns);
        }

        worksheet.Append(data);
        sheetPart.Worksheet = worksheet;

        data.Append(BuildRow(1, headers.Cast<object?>().ToList(), headerStyle: true));
        uint rowIndex = 2;
        foreach (var row in rows)
        {
            data.Append(BuildRow(rowIndex++, row, headerStyle: false));
        }

        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName });
        workbookPart.Workbook.Save();
    }

    /// <summary>
    /// Reads the first sheet as text cells by row (1-based row numbers as Excel shows them). Date cells come back as
    /// yyyy-MM-dd; numbers in invariant culture. Throws <see cref="InvalidDataException"/> when the file is not an XLSX.
    /// </summary>
    public static IReadOnlyList<(int RowNumber, IReadOnlyList<string?> Cells)> Read(Stream input, int maxColumns)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(input, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new InvalidDataException("Not an XLSX workbook.", ex);
        }

        using (document)
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
            var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The workbook has no sheets.");
            var sheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var dateStyles = DateStyleIndexes(workbookPart);
            var result = new List<(int, IReadOnlyList<string?>)>();
            foreach (var row in sheetPart.Worksheet.Descendants<Row>())
            {
                var cells = new string?[maxColumns];
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                    next = column + 1;
                    if (column < maxColumns)
                    {
                        cells[column] = CellText(cell, sharedStrings, dateStyles);
                    }
                }

                result.Add(((int)(row.RowIndex?.Value ?? (uint)(result.Count + 1)), cells));
            }

            return result;
        }
    }

    private static string? CellText(Cell cell, List<string> sharedStrings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count ? sharedStrings[i] : null;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (raw is not null && (cell.DataType is null || cell.DataType.Value == CellValues.Number)
            && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    // Built-in date formats are 14–22 and 45–47; custom formats count when their code has a day or year part.
    private static HashSet<uint> DateStyleIndexes(WorkbookPart workbookPart)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var customDates = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Replace("\"", "", StringComparison.Ordinal).ToLowerInvariant() is var c
                && (c.Contains('d') || c.Contains('y')) && !c.Contains('#'))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || customDates.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static Row BuildRow(uint rowIndex, IReadOnlyList<object?> values, bool headerStyle)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + rowIndex.ToString(CultureInfo.InvariantCulture);
            var cell = values[i] switch
            {
                null => new Cell { CellReference = reference },
                int n => new Cell { CellReference = reference, CellValue = new CellValue(n), DataType = CellValues.Number },
                long n => new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                double d => new Cell { CellReference = reference, CellValue = new CellValue(d), DataType = CellValues.Number },
                var other => TextCell(reference, Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""),
            };
            if (headerStyle)
            {
                cell.StyleIndex = 1;
            }

            row.Append(cell);
        }

        return row;
    }

    private static Cell TextCell(string reference, string text)
    {
        // A typed string cell is never evaluated, so text starting with "=" is safe here (unlike CSV).
        var safe = text.Length > MaxCellLength ? text[..MaxCellLength] : text;

        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(safe) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet BuildStylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } }));
}
