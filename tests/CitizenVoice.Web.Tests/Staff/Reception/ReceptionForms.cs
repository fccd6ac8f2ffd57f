using System.Globalization;
using System.Net;
using CitizenVoice.Web.Tests.Portal;

namespace CitizenVoice.Web.Tests.Staff.Reception;

/// <summary>The desk form as a browser posts it, starting from a valid single visit.</summary>
internal static class ReceptionForms
{
    /// <summary>
    /// 10:00 in Hà Nội on a working day: for tests that list "today's" visits on the app's clock, so that visits recorded
    /// a few minutes earlier never fall on the day before (between 17:00 and 17:30 UTC they would, on the real clock).
    /// </summary>
    public static readonly DateTimeOffset MidMorning = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    public static readonly string MidMorningDate = MidMorning.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, string> SingleVisit(DateTimeOffset at) => new()
    {
        ["Channel"] = "tiep-cong-dan",
        ["VisitDate"] = at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["VisitTime"] = at.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm", CultureInfo.InvariantCulture),
        ["kind"] = "kien-nghi",
        ["Title"] = "Đề nghị giải quyết tranh chấp ranh giới đất",
        ["Content"] = "Ông An trình bày: gia đình hàng xóm xây tường lấn sang phần đất của gia đình ông khoảng 0,5 m, đề nghị phường đo đạc lại ranh giới.",
        ["ProvinceCode"] = "01",
        ["Commune"] = "hoan kiem",
        ["People[0].FullName"] = "Nguyễn Văn An",
        ["People[0].IdNumber"] = "001085012345",
        ["People[0].Phone"] = "0912 345 678",
        ["People[0].Address"] = "Số 5 ngõ 12 Hàng Bạc",
        ["Email"] = "nguyenvanan@example.vn",
        ["Documents"] = "Đơn kiến nghị (01 bản)\nBản sao giấy chứng nhận quyền sử dụng đất",
        ["Handling"] = "tiep-nhan-don",
        ["Consent"] = "true",
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields, CancellationToken cancellationToken,
        params (string FileName, byte[] Bytes)[] files)
    {
        var token = await PortalForms.TokenAsync(client, "/staff/reception", cancellationToken);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "attachments", fileName);
        }

        return await client.PostAsync("/staff/reception", content, cancellationToken);
    }

    /// <summary>Records a visit and returns the receipt path.</summary>
    public static async Task<string> RecordAsync(HttpClient client, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var response = await PostAsync(client, fields, cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(cancellationToken));
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/staff/reception/receipt/", location, StringComparison.Ordinal);
        return location;
    }
}
