using System.Net;
using System.Text.RegularExpressions;

namespace CitizenVoice.Web.Tests.Portal;

/// <summary>Posts portal forms the way a browser without JavaScript does: antiforgery token from the page, cookie from the client.</summary>
public static partial class PortalForms
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static Dictionary<string, string> ValidPetition() => new()
    {
        ["kind"] = "kien-nghi",
        ["title"] = "Đề nghị sửa chữa đường liên thôn",
        ["content"] = "Đường liên thôn từ thôn Đông đi thôn Đoài bị hư hỏng nặng, mùa mưa ngập sâu, học sinh đi học rất khó khăn.",
        ["provinceCode"] = "01",
        ["commune"] = "hoan kiem",
        ["address"] = "Số 5 ngõ 12 Hàng Bạc",
        ["fullName"] = "Nguyễn Văn An",
        ["phone"] = "0912 345 678",
        ["email"] = "nguyenvanan@example.vn",
        ["consent"] = "true",
    };

    public static async Task<string> TokenAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return Token(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostSubmissionAsync(HttpClient client, Dictionary<string, string> fields,
        CancellationToken cancellationToken, params (string FileName, byte[] Bytes)[] files)
    {
        var token = await TokenAsync(client, "/gui-don", cancellationToken);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "attachments", fileName);
        }

        return await client.PostAsync("/gui-don", content, cancellationToken);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(client, path, cancellationToken);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(path, content, cancellationToken);
    }

    /// <summary>The tracking code shown on a receipt page, without dashes.</summary>
    public static string ReceiptCode(string html)
    {
        var match = CodePattern().Match(html);
        Assert.True(match.Success, "The receipt shows no tracking code.");
        return match.Groups[1].Value.Replace("-", "", StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("id=\"tracking-code\">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<")]
    private static partial Regex CodePattern();
}
