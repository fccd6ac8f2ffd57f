using System.Net;
using CitizenVoice.Web.Tests.Infrastructure;

namespace CitizenVoice.Web.Tests.Portal;

public sealed class PortalPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", "Cổng tiếp nhận kiến nghị, phản ánh")]
    [InlineData("/", "Phản ánh là loại đơn duy nhất có thể gửi không ghi tên")]
    [InlineData("/gui-don", "Xã, phường, đặc khu")]
    [InlineData("/tra-cuu", "Mã tra cứu")]
    [InlineData("/quyen-rieng-tu", "Thông báo xử lý dữ liệu cá nhân")]
    [InlineData("/dang-nhap", "Cán bộ đăng nhập")]
    [InlineData("/gui-don/da-tiep-nhan", "Phiếu tiếp nhận đã được hiển thị")]
    public async Task ServesPagesInVietnamese(string path, string text)
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyNoticeShowsItsVersion()
    {
        await using var app = CitizenVoiceApp.Sqlite().With("Portal:PrivacyNoticeVersion", "2026-07-test");
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/quyen-rieng-tu", Ct);

        Assert.Contains("Phiên bản 2026-07-test", html, StringComparison.Ordinal);
        Assert.Contains("Rút lại sự đồng ý", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchesToEnglishThroughTheLanguageLink()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/ngon-ngu?c=en&returnUrl=%2Fgui-don", Ct);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Citizen petition and feedback portal", html, StringComparison.Ordinal);
        Assert.Contains("Commune, ward or special zone", html, StringComparison.Ordinal);
        Assert.Contains("Tiếng Việt", html, StringComparison.Ordinal);
        var back = await client.GetStringAsync("/ngon-ngu?c=vi&returnUrl=%2F", Ct);
        Assert.Contains("Cổng tiếp nhận kiến nghị, phản ánh", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsFriendlyNotFoundPage()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/khong-ton-tai", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsFriendlyPageWhenRateLimited()
    {
        await using var app = CitizenVoiceApp.Sqlite().With("RateLimiting:Enabled", "true").With("RateLimiting:LookupPermitsPerWindow", "1");
        using var client = app.CreateClient();

        await client.GetAsync("/tra-cuu", Ct);
        var response = await client.GetAsync("/tra-cuu", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPortalTextHasAnEnglishTranslation()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/CitizenVoice.Web"));
        var english = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(
            await File.ReadAllTextAsync(Path.Combine(root, "Resources/en.json"), Ct))!;
        var missing = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(root, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var source = await File.ReadAllTextAsync(view, Ct);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(source, "L\\[\"((?:[^\"\\\\]|\\\\.)*)\""))
            {
                var key = m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal);
                if (!english.ContainsKey(key))
                {
                    missing.Add($"{Path.GetFileName(view)}: {key}");
                }
            }
        }

        Assert.Empty(missing);
    }
}
