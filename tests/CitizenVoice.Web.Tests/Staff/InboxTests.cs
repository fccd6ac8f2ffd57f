using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Staff;

public sealed class InboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchMatchesWithOrWithoutDiacritics()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await TriageData.SubmitAsync(app, title: "Đèn chiếu sáng ngõ 12 bị hỏng", content: "Đèn chiếu sáng công cộng ngõ 12 phố Hàng Bạc hỏng đã hai tuần, buổi tối rất tối.");
        await TriageData.SubmitAsync(app, title: "Rác thải tồn đọng ở chợ", content: "Rác thải tồn đọng nhiều ngày ở cổng chợ, bốc mùi hôi thối ảnh hưởng người dân.");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var folded = await client.GetStringAsync("/staff/submissions?q=den+chieu+sang", Ct);
        var accented = await client.GetStringAsync("/staff/submissions?q=" + Uri.EscapeDataString("ĐÈN chiếu"), Ct);
        var none = await client.GetStringAsync("/staff/submissions?q=khong+co+tu+nay", Ct);

        Assert.Contains("Đèn chiếu sáng ngõ 12 bị hỏng", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("Rác thải tồn đọng ở chợ", folded, StringComparison.Ordinal);
        Assert.Contains("Đèn chiếu sáng ngõ 12 bị hỏng", accented, StringComparison.Ordinal);
        Assert.Contains("Không có đơn nào khớp", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchFindsATrackingCodeInAnyFormat()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var wanted = await TriageData.SubmitAsync(app, title: "Đề nghị lắp biển báo giao thông");
        await TriageData.SubmitAsync(app, title: "Đề nghị nạo vét cống thoát nước");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var html = await client.GetStringAsync("/staff/submissions?q=" + TrackingCode.Format(wanted.TrackingCode).ToLowerInvariant(), Ct);

        Assert.Contains("Đề nghị lắp biển báo giao thông", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Đề nghị nạo vét cống thoát nước", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiltersByKindStatusAndManualTriageQueue()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var petition = await TriageData.SubmitAsync(app, title: "Kiến nghị mở rộng trường mầm non");
        var complaint = await TriageData.SubmitAsync(app, kind: "khieu-nai", title: "Khiếu nại quyết định thu hồi đất");
        await TriageData.SuggestAsync(app, petition.Id, "giao-duc", "tinh", "SGDDT", 0.31f, needsTriage: true);
        await TriageData.SuggestAsync(app, complaint.Id, "dat-dai", "tinh", "SNNMT", 0.92f);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var complaints = await client.GetStringAsync("/staff/submissions?kind=khieu-nai", Ct);
        var triage = await client.GetStringAsync("/staff/submissions?routing=can-phan-loai", Ct);
        var answered = await client.GetStringAsync("/staff/submissions?status=tra-loi", Ct);
        var topic = await client.GetStringAsync("/staff/submissions?topic=dat-dai", Ct);

        Assert.Contains("Khiếu nại quyết định thu hồi đất", complaints, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiến nghị mở rộng trường mầm non", complaints, StringComparison.Ordinal);
        Assert.Contains("Kiến nghị mở rộng trường mầm non", triage, StringComparison.Ordinal);
        Assert.DoesNotContain("Khiếu nại quyết định thu hồi đất", triage, StringComparison.Ordinal);
        Assert.Contains("Không có đơn nào khớp", answered, StringComparison.Ordinal);
        Assert.Contains("Khiếu nại quyết định thu hồi đất", topic, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiến nghị mở rộng trường mầm non", topic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesFiftyAtATimeWithTotalAndStatusCounts()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        for (var i = 0; i < 53; i++)
        {
            await TriageData.SubmitAsync(app, title: $"Phản ánh số {i:00} về vỉa hè bị lấn chiếm", email: null);
        }

        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        var first = await client.GetStringAsync("/staff/submissions", Ct);
        var second = await client.GetStringAsync("/staff/submissions?page=2", Ct);

        Assert.Contains("53 đơn", first, StringComparison.Ordinal);
        Assert.Contains("Trang 1 / 2", first, StringComparison.Ordinal);
        Assert.Contains("data-status-count=\"da-tiep-nhan\">53<", first, StringComparison.Ordinal);
        Assert.Equal(50, CountRows(first));
        Assert.Equal(3, CountRows(second));
        Assert.Contains("Phản ánh số 00 về vỉa hè", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmxRequestGetsOnlyTheResultsFragment()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await TriageData.SubmitAsync(app);
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff/submissions?kind=kien-nghi");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request, Ct);
        var fragment = await response.Content.ReadAsStringAsync(Ct);
        var full = await client.GetStringAsync("/staff/submissions?kind=kien-nghi", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<section id=\"inbox-results\"", fragment.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.Contains("Đề nghị sửa chữa đường liên thôn", fragment, StringComparison.Ordinal);
        Assert.Contains("<html", full, StringComparison.Ordinal);
        Assert.Contains("hx-push-url=\"true\"", full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DenunciationRowsNeverShowTheDenouncer()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await TriageData.SubmitAsync(app, kind: "to-cao", title: "Tố cáo cán bộ địa chính nhận tiền", fullName: "Trịnh Văn Bí Mật");
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var html = await client.GetStringAsync("/staff/submissions", Ct);

        Assert.Contains("Tố cáo cán bộ địa chính nhận tiền", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Trịnh Văn Bí Mật", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0912", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsOnlyItemsWithinTheViewersScope()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await TriageData.SubmitAsync(app, title: "Kiến nghị của cử tri Hà Nội về cầu dân sinh");
        await TriageData.SubmitAsync(app, title: "Kiến nghị của người dân Thành phố Hồ Chí Minh", province: "79", commune: "25747");
        var hanoi = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);
        var hcm = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.HoChiMinh);

        var hanoiHtml = await hanoi.GetStringAsync("/staff/submissions", Ct);
        var hcmHtml = await hcm.GetStringAsync("/staff/submissions?q=cau+dan+sinh", Ct);

        Assert.Contains("cầu dân sinh", hanoiHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiến nghị của người dân Thành phố Hồ Chí Minh", hanoiHtml, StringComparison.Ordinal);
        Assert.Contains("Không có đơn nào khớp", hcmHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineFilterSeparatesOverdueFromOnTime()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var late = await TriageData.SubmitAsync(app, title: "Đơn đã quá hạn xử lý");
        await TriageData.SubmitAsync(app, title: "Đơn mới còn trong hạn");
        await app.WithDbAsync(db => db.Submissions.Where(s => s.Id == late.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextDueOn, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-5))), Ct));
        var client = await app.CreateStaffClientAsync(StaffRoles.Processor, TriageData.Hanoi);

        var overdue = await client.GetStringAsync("/staff/submissions?deadline=qua-han", Ct);
        var onTime = await client.GetStringAsync("/staff/submissions?deadline=trong-han", Ct);

        Assert.Contains("Đơn đã quá hạn xử lý", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("Đơn mới còn trong hạn", overdue, StringComparison.Ordinal);
        Assert.Contains("due-overdue", overdue, StringComparison.Ordinal);
        Assert.Contains("Đơn mới còn trong hạn", onTime, StringComparison.Ordinal);
        Assert.DoesNotContain("Đơn đã quá hạn xử lý", onTime, StringComparison.Ordinal);
    }

    private static int CountRows(string html) =>
        html.Split("<tbody>")[1].Split("</tbody>")[0].Split("<tr>").Length - 1;
}
