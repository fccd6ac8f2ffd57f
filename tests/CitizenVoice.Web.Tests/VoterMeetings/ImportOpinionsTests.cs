using System.Net;
using System.Net.Http.Headers;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Data.Spreadsheets;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.VoterMeetings;

public sealed class ImportOpinionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Headers = OpinionImportTemplate.Columns.Select(c => c.Header).ToArray();

    public static byte[] Workbook(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        XlsxTable.Write(stream, "Y kien", Headers, rows.Select(r => (IReadOnlyList<object?>)r));
        return stream.ToArray();
    }

    public static byte[] GoodFile() => Workbook(
        ["10/12/2026", "00070", "Hội trường UBND phường Hoàn Kiếm", "Nguyễn Văn An; Trần Thị Bình", 150, "Lê Văn Cường",
            "Cử tri phường Hoàn Kiếm đề nghị sửa đổi quy định về bảo hiểm xã hội một lần để bảo đảm quyền lợi người lao động.", 3],
        ["10/12/2026", "Hoàn Kiếm", null, null, null, null,
            "Cử tri phường Hoàn Kiếm phản ánh tình trạng lấn chiếm vỉa hè phố Hàng Bạc làm nơi kinh doanh, đề nghị phường xử lý.", null],
        ["2026-12-11", "ba dinh", "Nhà văn hóa phường Ba Đình", "Lê Minh Đức", 120, null,
            "Cử tri phường Ba Đình đề nghị xem xét lại cách tính giá điện bậc thang, giá điện sinh hoạt tăng cao mùa hè.", 2]);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid sessionId, byte[] file)
    {
        var path = $"/staff/sessions/{sessionId}/import";
        var token = await PortalForms.TokenAsync(client, path, Ct);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(fileContent, "file", "y-kien.xlsx");
        return await client.PostAsync(path, content, Ct);
    }

    [Fact]
    public async Task GoodFileImportsEveryRowClassifiedAndCreatesMeetingsByDateAndCommune()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);

        var response = await UploadAsync(client, session, GoodFile());
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã nhập xong", html, StringComparison.Ordinal);
        var opinions = await app.WithDbAsync(db => db.VoterOpinions.ToListAsync(Ct));
        Assert.Equal(3, opinions.Count);
        Assert.All(opinions, o => Assert.NotNull(o.TopicCode));
        Assert.All(opinions, o => Assert.NotNull(o.ImportBatchId));
        var meetings = await app.WithDbAsync(db => db.VoterMeetings.OrderBy(m => m.Date).ToListAsync(Ct));
        Assert.Equal(["00070", "00004"], meetings.Select(m => m.CommuneCode));
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Bình"], meetings[0].Deputies);
        Assert.Equal(150, meetings[0].VotersAttending);
        Assert.Equal(3, opinions.Single(o => o.VoterName == "Lê Văn Cường").VoterCount);
    }

    [Fact]
    public async Task ReimportingTheSameFileAddsNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);
        await UploadAsync(client, session, GoodFile());

        var again = await UploadAsync(client, session, GoodFile());
        var html = await again.Content.ReadAsStringAsync(Ct);

        Assert.Contains("3 ý kiến đã có từ trước nên bỏ qua", html, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
        Assert.Equal(2, await app.WithDbAsync(db => db.VoterMeetings.CountAsync(Ct)));
    }

    [Fact]
    public async Task FileWithOneBadRowStoresNothingAndListsTheRowErrors()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);
        var file = Workbook(
            ["10/12/2026", "00070", "Hội trường UBND phường Hoàn Kiếm", null, 150, null,
                "Cử tri phường Hoàn Kiếm đề nghị sửa đổi quy định về bảo hiểm xã hội một lần.", 1],
            ["31/13/2026", "phường không có", null, null, null, null, "ngắn", 0]);

        var response = await UploadAsync(client, session, file);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Không dòng nào được lưu", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 3: Ngày tiếp xúc không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 3: Không tìm thấy xã, phường", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 3: Nội dung ý kiến quá ngắn", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 3: Số cử tri nêu ý kiến", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dòng 2:", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.VoterOpinions.CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.VoterMeetings.CountAsync(Ct)));
    }

    [Fact]
    public async Task NotAWorkbookIsRefusedWithAMessage()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var session = await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice);
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);

        var response = await UploadAsync(client, session, "ngay,xa\n10/12/2026,00070"u8.ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tệp không phải bảng tính Excel", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplateDownloadOpensWithTheTemplateColumns()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = await app.CreateStaffClientAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);

        var response = await client.GetAsync("/staff/sessions/import-template.xlsx", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(bytes);
        var error = Assert.Throws<InvalidDataException>(() => OpinionImportWorkbook.Read(stream));
        Assert.Contains("dòng ví dụ", error.Message, StringComparison.Ordinal);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var text = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText
            ?? string.Concat(document.WorkbookPart.WorksheetParts.Select(w => w.Worksheet.InnerText));
        Assert.Contains(OpinionImportTemplate.Example.Content!, text, StringComparison.Ordinal);
    }
}
