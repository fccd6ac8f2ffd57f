namespace CitizenVoice.Core.VoterMeetings;

/// <summary>One data row of an import workbook as text, with its row number in the sheet (for error messages).</summary>
public sealed record OpinionImportRow(
    int RowNumber,
    string? MeetingDate,
    string? Commune,
    string? Place,
    string? Deputies,
    string? VotersAttending,
    string? VoterName,
    string? Content,
    string? VoterCount)
{
    public IReadOnlyList<string?> Cells => [MeetingDate, Commune, Place, Deputies, VotersAttending, VoterName, Content, VoterCount];

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public static OpinionImportRow FromCells(int rowNumber, IReadOnlyList<string?> cells)
    {
        string? At(int i) => i < cells.Count ? cells[i] : null;
        return new OpinionImportRow(rowNumber, At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7));
    }
}
