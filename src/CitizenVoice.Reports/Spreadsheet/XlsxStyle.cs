namespace CitizenVoice.Reports.Spreadsheet;

/// <summary>Cell formats of <see cref="XlsxWorkbook"/>; the values are indexes into its stylesheet's cell formats.</summary>
internal enum XlsxStyle : uint
{
    Default = 0,
    Title = 1,
    Subtitle = 2,
    Header = 3,
    Text = 4,
    Number = 5,
    Date = 6,
    TotalText = 7,
    TotalNumber = 8,
    Body = 9,
    Percent = 10,
}
