using CitizenVoice.Reports.Reception;
using DocumentFormat.OpenXml.Packaging;

namespace CitizenVoice.Reports.Tests.Reception;

public sealed class ReceptionBookXlsxTests
{
    [Fact]
    public void HasTitlePeriodAndOneRowPerVisitInDateOrder()
    {
        var cells = Cells(SampleReports.Book());

        Assert.Equal(("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "BAN TIẾP CÔNG DÂN TỈNH", "SỔ TIẾP CÔNG DÂN"), (cells["A1"], cells["A2"], cells["A3"]));
        Assert.Equal("Từ ngày 01/03/2026 đến ngày 31/03/2026", cells["A4"]);
        Assert.Equal(("STT", "Hướng xử lý"), (cells["A6"], cells["J6"]));
        Assert.Equal(["1", "2", "3"], new[] { cells["A7"], cells["A8"], cells["A9"] });
        Assert.Equal(("Trần Văn Bình", "040085001234", "Khiếu nại", "Thụ lý"), (cells["C8"], cells["E8"], cells["G8"], cells["J8"]));
        Assert.Equal(("6", "Hướng dẫn", "Đoàn đông người"), (cells["H9"], cells["J9"], cells["K9"]));
        Assert.Equal(("Tổng cộng", "3 lượt tiếp", "8"), (cells["B10"], cells["C10"], cells["H10"]));
    }

    [Fact]
    public void MasksDenouncersUnlessTheHandlerMayKnow()
    {
        var masked = Cells(SampleReports.Book());
        var revealed = Cells(SampleReports.Book() with { RevealDenouncerIdentity = true });

        Assert.Equal((ReceptionBookXlsx.Concealed, ReceptionBookXlsx.Concealed, false), (masked["C7"], masked["D7"], masked.ContainsKey("E7")));
        Assert.DoesNotContain(masked.Values, v => v.Contains("Lê Thị Mai", StringComparison.Ordinal) || v.Contains("040190004321", StringComparison.Ordinal));
        Assert.Equal("Tố cáo cán bộ địa chính xã nhận tiền để hợp thức hóa đất lấn chiếm", masked["F7"]);
        Assert.Equal(("Lê Thị Mai", "Khối 7, phường Vinh Phú", "040190004321"), (revealed["C7"], revealed["D7"], revealed["E7"]));
    }

    private static Dictionary<string, string> Cells(Core.Reports.ReceptionBook book)
    {
        using var doc = SpreadsheetDocument.Open(OpenXmlRead.Write(new ReceptionBookXlsx(), book), false);
        return OpenXmlRead.Cells(doc)["Sổ tiếp công dân"];
    }
}
