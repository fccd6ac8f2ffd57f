using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Reception;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Tests.Staff.Reception;

public sealed class ReceptionDeskTests
{
    private const string Office = "01.VP-DBQH-HDND-T";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordsASingleVisitAsASubmissionOfTheOfficersUnitWithAReceipt()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);

        var receipt = await ReceptionForms.RecordAsync(officer, ReceptionForms.SingleVisit(DateTimeOffset.UtcNow.AddMinutes(-20)), Ct);
        var html = await officer.GetStringAsync(receipt, Ct);

        var code = PortalForms.ReceiptCode(html);
        Assert.Contains("GIẤY BIÊN NHẬN", html, StringComparison.Ordinal);
        Assert.Contains("Bản sao giấy chứng nhận quyền sử dụng đất", html, StringComparison.Ordinal);
        var submission = await app.WithDbAsync(db => db.Submissions.SingleAsync(Ct));
        Assert.Equal(code, submission.TrackingCode);
        Assert.Equal(SubmissionChannel.Reception, submission.Channel);
        Assert.Equal(Office, submission.OwnerUnitCode);
        Assert.Equal("0912345678", submission.Submitter.Phone);
        Assert.Equal("00070", submission.CommuneCode);
        Assert.Equal("2026-01", submission.ConsentVersion);
        var visit = await app.WithDbAsync(db => db.ReceptionVisits.Include(v => v.People).SingleAsync(Ct));
        Assert.Equal(submission.Id, visit.SubmissionId);
        Assert.Equal(Office, visit.UnitCode);
        Assert.Equal(1, visit.Headcount);
        Assert.False(visit.IsGroup);
        Assert.Equal(ReceptionHandling.AcceptedLetter, visit.Handling);
        Assert.Equal(2, visit.DocumentLines.Count);
        Assert.Equal("nguyen van an", Assert.Single(visit.People).NameKey);
        Assert.InRange(visit.VisitedAt, DateTimeOffset.UtcNow.AddMinutes(-22), DateTimeOffset.UtcNow.AddMinutes(-18));
        var email = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(Ct));
        Assert.Equal(submission.Id, email.SubmissionId);
        Assert.Equal("nguyenvanan@example.vn", email.ToAddress);
    }

    [Fact]
    public async Task RecordsAGroupVisitWithItsRepresentativeAsTheSubmitter()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        var form = ReceptionForms.SingleVisit(DateTimeOffset.UtcNow);
        form["kind"] = "khieu-nai";
        form["ComplaintSubject"] = "Quyết định số 1520/QĐ-UBND về thu hồi đất nông nghiệp";
        form["ComplaintLearnedOn"] = DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        form["IsGroup"] = "true";
        form["Headcount"] = "12";
        form["People[1].FullName"] = "Trần Thị Bình";
        form["People[1].Phone"] = "0987 654 321";
        form["People[2].FullName"] = "Lê Văn Cường";
        form["People[2].IdNumber"] = "001090054321";
        form["Representative"] = "1";
        form.Remove("Email");

        var receipt = await ReceptionForms.RecordAsync(officer, form, Ct);

        var visit = await app.WithDbAsync(db => db.ReceptionVisits.Include(v => v.People).SingleAsync(Ct));
        Assert.True(visit.IsGroup);
        Assert.Equal(12, visit.Headcount);
        Assert.Equal(3, visit.People.Count);
        Assert.Equal("Trần Thị Bình", visit.Representative.FullName);
        var submission = await app.WithDbAsync(db => db.Submissions.SingleAsync(Ct));
        Assert.Equal(SubmissionKind.Complaint, submission.Kind);
        Assert.Equal("Trần Thị Bình", submission.Submitter.FullName);
        Assert.Equal("0987654321", submission.Submitter.Phone);
        Assert.Empty(await app.WithDbAsync(db => db.OutboxEmails.ToListAsync(Ct)));
        var html = await officer.GetStringAsync(receipt, Ct);
        Assert.Contains("12 người", html, StringComparison.Ordinal);
        Assert.Contains("Lê Văn Cường", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuidanceAtTheDeskClosesTheItemWithTheNoteTheCitizenWillRead()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        var form = ReceptionForms.SingleVisit(DateTimeOffset.UtcNow);
        form["Channel"] = "duong-day-nong";
        form["Handling"] = "huong-dan";
        form["HandlingNote"] = "Hướng dẫn ông gửi đơn đến UBND phường Hoàn Kiếm để được hòa giải tranh chấp đất đai.";

        await ReceptionForms.RecordAsync(officer, form, Ct);

        var submission = await app.WithDbAsync(db => db.Submissions.Include(s => s.History).SingleAsync(Ct));
        Assert.Equal(SubmissionChannel.Hotline, submission.Channel);
        Assert.Equal(SubmissionStatus.Guided, submission.Status);
        Assert.Contains(submission.History, h => h.PublicNote.Contains("UBND phường Hoàn Kiếm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidFieldsAreReportedNextToTheirFieldAndNothingIsStored()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        var form = ReceptionForms.SingleVisit(DateTimeOffset.UtcNow);
        form["Title"] = "";
        form["IsGroup"] = "true";
        form["Headcount"] = "2";
        form["People[1].FullName"] = "Trần Thị Bình";
        form["People[1].Phone"] = "12345";
        form["Handling"] = "tra-loi-truc-tiep";
        form.Remove("Consent");

        var response = await ReceptionForms.PostAsync(officer, form, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<span class=\"error-message\" id=\"title-error\">Vui lòng nhập tiêu đề.</span>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"people-1-phone-error\">Số điện thoại không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("id=\"headcount-error\">Đoàn đông người có từ 5", html, StringComparison.Ordinal);
        Assert.Contains("id=\"handlingNote-error\">Vui lòng nhập", html, StringComparison.Ordinal);
        Assert.Contains("id=\"consent-error\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Trần Thị Bình\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.ReceptionVisits.CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(Ct)));
    }

    [Fact]
    public async Task AFutureVisitTimeIsRefused()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);

        var response = await ReceptionForms.PostAsync(officer, ReceptionForms.SingleVisit(DateTimeOffset.UtcNow.AddDays(2)), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"visitDate-error\">Thời điểm tiếp không thể ở tương lai.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReceptionVisits.CountAsync(Ct)));
    }

    [Fact]
    public async Task AddPersonKeepsWhatWasTypedAndStoresNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        var token = await PortalForms.TokenAsync(officer, "/staff/reception", Ct);
        var form = ReceptionForms.SingleVisit(DateTimeOffset.UtcNow);
        form["__RequestVerificationToken"] = token;

        using var content = new FormUrlEncodedContent(form);
        var response = await officer.PostAsync("/staff/reception?handler=AddPerson", content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("name=\"People[1].FullName\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nguyễn Văn An\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"isGroup\" name=\"IsGroup\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReceptionVisits.CountAsync(Ct)));
    }

    [Fact]
    public async Task EarlierVisitsAreFoundByNameWithOrWithoutDiacriticsByPhoneAndById()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        await ReceptionForms.RecordAsync(officer, ReceptionForms.SingleVisit(DateTimeOffset.UtcNow.AddDays(-3)), Ct);
        using var elsewhere = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, "79.VP-DBQH-HDND-T");

        var folded = await officer.GetStringAsync("/staff/reception?handler=Earlier&" + Query("nguyen van an", "", ""), Ct);
        var accented = await officer.GetStringAsync("/staff/reception?handler=Earlier&" + Query("Văn An", "", ""), Ct);
        var byPhone = await officer.GetStringAsync("/staff/reception?handler=Earlier&" + Query("", "+84 912 345 678", ""), Ct);
        var byId = await officer.GetStringAsync("/staff/reception?handler=Earlier&" + Query("", "", "001085012345"), Ct);
        var nobody = await officer.GetStringAsync("/staff/reception?handler=Earlier&" + Query("Hoàng Thị Xuân", "", ""), Ct);
        var otherUnit = await elsewhere.GetStringAsync("/staff/reception?handler=Earlier&" + Query("nguyen van an", "", ""), Ct);

        foreach (var html in new[] { folded, accented, byPhone, byId })
        {
            Assert.Contains("Đề nghị giải quyết tranh chấp ranh giới đất", html, StringComparison.Ordinal);
            Assert.Contains("Tiếp nhận đơn", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        }

        Assert.Contains("Không thấy lần tiếp", nobody, StringComparison.Ordinal);
        Assert.Contains("Không thấy lần tiếp", otherUnit, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == CitizenVoice.Core.Audit.AuditActions.ViewContact, Ct)));
    }

    [Fact]
    public async Task EarlierVisitsLeaveOutDenunciations()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        var form = ReceptionForms.SingleVisit(DateTimeOffset.UtcNow);
        form["kind"] = "to-cao";
        form["Title"] = "Tố cáo cán bộ địa chính nhận tiền";
        await ReceptionForms.RecordAsync(officer, form, Ct);

        var html = await officer.GetStringAsync("/staff/reception?handler=Earlier&" + Query("nguyen van an", "", ""), Ct);

        Assert.DoesNotContain("Tố cáo cán bộ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBookListsOnlyTheVisitsOfTheOfficersUnitInTheRange()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = new MutableClock(ReceptionForms.MidMorning);
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        using var other = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, "79.VP-DBQH-HDND-T");
        await ReceptionForms.RecordAsync(officer, ReceptionForms.SingleVisit(ReceptionForms.MidMorning.AddMinutes(-5)), Ct);
        var old = ReceptionForms.SingleVisit(ReceptionForms.MidMorning.AddDays(-40));
        old["Title"] = "Kiến nghị cũ về đường ngõ 7";
        await ReceptionForms.RecordAsync(officer, old, Ct);
        var theirs = ReceptionForms.SingleVisit(ReceptionForms.MidMorning);
        theirs["ProvinceCode"] = "79";
        theirs["Commune"] = "Sài Gòn";
        theirs["Title"] = "Kiến nghị của đơn vị khác";
        await ReceptionForms.RecordAsync(other, theirs, Ct);

        var book = await officer.GetStringAsync($"/staff/reception/book?from={ReceptionForms.MidMorningDate}&to={ReceptionForms.MidMorningDate}", Ct);

        Assert.Contains("Đề nghị giải quyết tranh chấp ranh giới đất", book, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiến nghị cũ về đường ngõ 7", book, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiến nghị của đơn vị khác", book, StringComparison.Ordinal);
        Assert.Contains("1 lượt", book, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReceiptOfAnotherUnitIsNotFound()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var officer = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, Office);
        using var other = await app.CreateStaffClientAsync(StaffRoles.ReceptionOfficer, "79.VP-DBQH-HDND-T");
        var receipt = await ReceptionForms.RecordAsync(officer, ReceptionForms.SingleVisit(DateTimeOffset.UtcNow), Ct);

        var response = await other.GetAsync(receipt, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/staff/reception")]
    [InlineData("/staff/reception/book")]
    public async Task ReceptionPagesRefuseAProcessorAndSendAnonymousVisitorsToSignIn(string path)
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var processor = await app.CreateStaffClientAsync(StaffRoles.Processor, Office);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var refused = await processor.GetAsync(path, Ct);
        var redirected = await anonymous.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/dang-nhap", redirected.Headers.Location?.PathAndQuery ?? redirected.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static string Query(string name, string phone, string id) =>
        $"{Uri.EscapeDataString("People[0].FullName")}={Uri.EscapeDataString(name)}&{Uri.EscapeDataString("People[0].Phone")}={Uri.EscapeDataString(phone)}&{Uri.EscapeDataString("People[0].IdNumber")}={Uri.EscapeDataString(id)}";
}
