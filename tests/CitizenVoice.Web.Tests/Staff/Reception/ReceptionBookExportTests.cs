using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Staff.Reception;

public sealed class ReceptionBookExportTests
{
    private const string Office = "01.VP-DBQH-HDND-T";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheXlsxExportOpensHasTheUnitsRowsMasksDenouncersAndIsAudited()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = new MutableClock(ReceptionForms.MidMorning);
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        using var other = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, "79.VP-DBQH-HDND-T");
        await ReceptionForms.RecordAsync(officer, ReceptionForms.SingleVisit(ReceptionForms.MidMorning.AddMinutes(-30)), Ct);
        var denunciation = ReceptionForms.SingleVisit(ReceptionForms.MidMorning.AddMinutes(-10));
        denunciation["kind"] = "to-cao";
        denunciation["Title"] = "Tố cáo cán bộ địa chính nhận tiền";
        denunciation["People[0].FullName"] = "Phan Văn Kín";
        denunciation["People[0].Address"] = "Số 9 phố Hàng Bồ";
        await ReceptionForms.RecordAsync(officer, denunciation, Ct);
        var theirs = ReceptionForms.SingleVisit(ReceptionForms.MidMorning);
        theirs["ProvinceCode"] = "79";
        theirs["Commune"] = "Sài Gòn";
        theirs["Title"] = "Kiến nghị của đơn vị khác";
        await ReceptionForms.RecordAsync(other, theirs, Ct);
        var today = ReceptionForms.MidMorningDate;

        var response = await officer.GetAsync($"/staff/reception/book?handler=Xlsx&from={today}&to={today}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var text = CellTexts(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("SỔ TIẾP CÔNG DÂN", text);
        Assert.Contains("Nguyễn Văn An", text);
        Assert.Contains("Đề nghị giải quyết tranh chấp ranh giới đất", text);
        Assert.Contains("Tố cáo cán bộ địa chính nhận tiền", text);
        Assert.DoesNotContain("Phan Văn Kín", text);
        Assert.DoesNotContain("Số 9 phố Hàng Bồ", text);
        Assert.DoesNotContain("Kiến nghị của đơn vị khác", text);
        Assert.Contains(text, t => t.Contains("Đơn kiến nghị (01 bản)", StringComparison.Ordinal));
        var export = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.Export, Ct));
        Assert.Equal(Office, export.SubjectId);

        var page = await officer.GetStringAsync($"/staff/reception/book?from={today}&to={today}", Ct);
        Assert.DoesNotContain("Phan Văn Kín", page, StringComparison.Ordinal);
        Assert.Contains("2 lượt", page, StringComparison.Ordinal);
    }

    private static List<string> CellTexts(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var texts = new List<string>();
        foreach (var sheet in workbook.WorksheetParts)
        {
            foreach (var cell in sheet.Worksheet.Descendants<Cell>())
            {
                if (cell.DataType?.Value == CellValues.SharedString)
                {
                    texts.Add(shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]);
                }
                else if (cell.InlineString is { } inline)
                {
                    texts.Add(inline.InnerText);
                }
                else if (cell.CellValue is { } value)
                {
                    texts.Add(value.Text);
                }
            }
        }

        return texts;
    }
}
