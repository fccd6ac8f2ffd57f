using System.Globalization;
using CitizenVoice.Reports.VoterPetitions;
using DocumentFormat.OpenXml.Packaging;

namespace CitizenVoice.Reports.Tests.VoterPetitions;

public sealed class AnswerMonitoringXlsxTests
{
    [Fact]
    public void ListsMostOverdueAgenciesFirstWithTotals()
    {
        using var doc = SpreadsheetDocument.Open(OpenXmlRead.Write(new AnswerMonitoringXlsx(), SampleReports.Answers()), false);
        var cells = OpenXmlRead.Cells(doc)["Theo dõi trả lời"];

        Assert.Equal("(Số liệu tính đến ngày 01/03/2026)", cells["A3"]);
        Assert.Equal(("Bộ Nông nghiệp và Môi trường", "15", "9", "6", "4"), (cells["B6"], cells["C6"], cells["D6"], cells["E6"], cells["F6"]));
        Assert.Equal(0.6, double.Parse(cells["G6"], CultureInfo.InvariantCulture), 6);
        Assert.Equal(("Bộ Xây dựng", "0"), (cells["B8"], cells["F8"]));
        Assert.Equal(("Tổng cộng", "35", "27", "8", "5"), (cells["B9"], cells["C9"], cells["D9"], cells["E9"], cells["F9"]));
    }
}
