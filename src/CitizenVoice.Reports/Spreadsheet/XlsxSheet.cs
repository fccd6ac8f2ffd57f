using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CitizenVoice.Reports.Spreadsheet;

/// <summary>One sheet of an <see cref="XlsxWorkbook"/>, filled top to bottom.</summary>
internal sealed class XlsxSheet
{
    private const double LineHeight = 15.75;

    private readonly WorksheetPart _part;
    private readonly double[] _widths;
    private readonly bool _landscape;
    private readonly SheetData _data = new();
    private readonly MergeCells _merges = new();
    private uint _row;

    public XlsxSheet(WorksheetPart part, string name, double[] widths, bool landscape)
    {
        _part = part;
        Name = name;
        _widths = widths;
        _landscape = landscape;
    }

    public string Name { get; }

    /// <summary>1-based row of the column headings, frozen on screen and repeated on every printed page.</summary>
    public uint? HeaderRow { get; private set; }

    public int ColumnCount => _widths.Length;

    /// <summary>A line across all columns (title, period, issuing body).</summary>
    public void Banner(string text, XlsxStyle style, double? height = null)
    {
        var row = NewRow();
        if (height is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }

        row.Append(TextCell(1, text, style));
        for (var c = 2; c <= _widths.Length; c++)
        {
            row.Append(new Cell { CellReference = Reference(c, _row), StyleIndex = (uint)style });
        }

        if (_widths.Length > 1)
        {
            _merges.Append(new MergeCell { Reference = $"{Reference(1, _row)}:{Reference(_widths.Length, _row)}" });
        }
    }

    public void Blank() => NewRow();

    public void Headings(params string[] titles)
    {
        var row = NewRow();
        for (var c = 0; c < titles.Length; c++)
        {
            row.Append(TextCell(c + 1, titles[c], XlsxStyle.Header));
        }

        FitHeight(row, titles);
        HeaderRow = _row;
    }

    /// <summary>A row of values: string, int, double or DateOnly; null leaves a bordered empty cell.</summary>
    public void Values(bool total, params object?[] values)
    {
        var row = NewRow();
        for (var c = 0; c < values.Length; c++)
        {
            var column = c + 1;
            row.Append(values[c] switch
            {
                int n => NumberCell(column, n, total ? XlsxStyle.TotalNumber : XlsxStyle.Number),
                double d => NumberCell(column, d, XlsxStyle.Percent),
                DateOnly date => NumberCell(column, date.ToDateTime(TimeOnly.MinValue).ToOADate(), XlsxStyle.Date),
                string s => TextCell(column, s, total ? XlsxStyle.TotalText : XlsxStyle.Text),
                _ => new Cell { CellReference = Reference(column, _row), StyleIndex = (uint)(total ? XlsxStyle.TotalText : XlsxStyle.Text) },
            });
        }

        FitHeight(row, values);
    }

    /// <summary>Writes the worksheet; element order is fixed by the schema.</summary>
    internal void Complete()
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0 };
        if (HeaderRow is { } header)
        {
            view.Append(new Pane
            {
                VerticalSplit = header,
                TopLeftCell = Reference(1, header + 1),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            });
        }

        worksheet.Append(new SheetViews(view));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = LineHeight });
        var columns = new Columns();
        for (var c = 0; c < _widths.Length; c++)
        {
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = _widths[c], CustomWidth = true });
        }

        worksheet.Append(columns, _data);
        if (_merges.HasChildren)
        {
            worksheet.Append(_merges);
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9,
                Orientation = _landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            },
            new HeaderFooter(new OddFooter("&C&\"Times New Roman\"&11Trang &P/&N")));
        _part.Worksheet = worksheet;
    }

    // Neither Excel nor LibreOffice reliably grows a row for wrapped text written by a library, so the height is
    // set from the text length: a 12 pt Times New Roman line holds about 1.1 letters per unit of column width.
    private void FitHeight(Row row, object?[] values)
    {
        var lines = 1;
        for (var c = 0; c < values.Length && c < _widths.Length; c++)
        {
            if (values[c] is string text)
            {
                var perLine = Math.Max(1, (int)(_widths[c] * 1.1));
                var needed = text.Split('\n').Sum(part => Math.Max(1, (part.Length + perLine - 1) / perLine));
                lines = Math.Max(lines, needed);
            }
        }

        if (lines > 1)
        {
            row.Height = (lines * LineHeight) + 3;
            row.CustomHeight = true;
        }
    }

    private Row NewRow()
    {
        _row++;
        var row = new Row { RowIndex = _row };
        _data.Append(row);
        return row;
    }

    private Cell TextCell(int column, string text, XlsxStyle style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, _row),
        DataType = CellValues.InlineString,
        StyleIndex = (uint)style,
    };

    private Cell NumberCell(int column, double value, XlsxStyle style) => new(new CellValue(value.ToString(CultureInfo.InvariantCulture)))
    {
        CellReference = Reference(column, _row),
        StyleIndex = (uint)style,
    };

    private static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
