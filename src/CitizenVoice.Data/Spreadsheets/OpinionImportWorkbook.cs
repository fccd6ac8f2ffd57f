using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Data.Spreadsheets;

/// <summary>The opinion import template (<see cref="OpinionImportTemplate"/>) as an XLSX file, and reading a filled one.</summary>
public static class OpinionImportWorkbook
{
    private static readonly double[] Widths = [14, 22, 36, 30, 12, 22, 70, 12];

    public static void WriteTemplate(Stream output)
    {
        var example = OpinionImportTemplate.Example;
        IReadOnlyList<object?>[] rows =
        [
            [example.MeetingDate, example.Commune, example.Place, example.Deputies, 180, example.VoterName, example.Content, 3],
        ];
        XlsxTable.Write(output, OpinionImportTemplate.SheetName, OpinionImportTemplate.Columns.Select(c => c.Header + "\n(" + c.Help + ")").ToList(),
            rows, Widths);
    }

    /// <summary>
    /// The data rows of a filled template. The header row is checked (columns in the template's order, names
    /// compared folded); throws <see cref="InvalidDataException"/> with a Vietnamese message for a wrong file.
    /// </summary>
    public static IReadOnlyList<OpinionImportRow> Read(Stream input)
    {
        var columns = OpinionImportTemplate.Columns.Count;
        IReadOnlyList<(int RowNumber, IReadOnlyList<string?> Cells)> rows;
        try
        {
            rows = XlsxTable.Read(input, columns);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException("Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu của hệ thống.");
        }

        if (rows.Count == 0)
        {
            throw new InvalidDataException("Bảng tính trống. Hãy dùng tệp mẫu của hệ thống.");
        }

        var header = rows[0].Cells;
        for (var i = 0; i < columns; i++)
        {
            var expected = VietnameseText.Fold(OpinionImportTemplate.Columns[i].Header);
            var actual = VietnameseText.Fold(header[i]);
            if (!actual.StartsWith(expected, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"Cột {i + 1} của dòng tiêu đề phải là \"{OpinionImportTemplate.Columns[i].Header}\" (tệp ghi \"{header[i]}\"). Hãy dùng tệp mẫu của hệ thống.");
            }
        }

        // The template ships with one filled-in example; uploaded unchanged it must not become a voter's opinion.
        var example = OpinionImportTemplate.Example;
        var data = rows.Skip(1).Select(r => OpinionImportRow.FromCells(r.RowNumber, r.Cells))
            .Where(r => !(r.Content == example.Content && r.MeetingDate == example.MeetingDate && r.Commune == example.Commune))
            .ToList();
        if (data.Count == 0)
        {
            throw new InvalidDataException("Tệp chưa có ý kiến nào: hãy thay dòng ví dụ của tệp mẫu bằng các ý kiến của cử tri.");
        }

        return data;
    }
}
