extern alias cli;

using System.Net;
using cli::CitizenVoice.Cli.Accounts;
using System.Text.RegularExpressions;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Data;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Account;

public sealed partial class StaffAccountsAdminTests
{
    private const string NewPassword = "Kich-Hoat@2026!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnInvitationEmailsAOneTimeLinkThatSetsThePassword()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");

        var invite = await PortalForms.PostFormAsync(admin, "/staff/admin/users/invite", new()
        {
            ["email"] = "Nguyen.Thi.Hoa@HaNoi.gov.vn", ["fullName"] = "Nguyễn Thị Hoa", ["role"] = StaffRoles.ReceptionOfficer, ["unit"] = "Hoàn Kiếm", ["unitCode"] = "01.VP-DBQH-HDND-T",
        }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "nguyen.thi.hoa@hanoi.gov.vn", Ct));
        Assert.Null(user.PasswordHash);
        Assert.Equal("01.VP-DBQH-HDND-T", user.UnitCode);
        var email = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(Ct));
        Assert.Equal("nguyen.thi.hoa@hanoi.gov.vn", email.ToAddress);
        var link = ActivationLink(email.TextBody);
        Assert.StartsWith("https://congdan.example.vn/tai-khoan/kich-hoat?token=", link, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.AccountChange && a.SubjectId == user.Id, Ct)));

        using var invited = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var path = new Uri(link).PathAndQuery;
        var token = new Uri(link).Query["?token=".Length..];
        var form = await invited.GetStringAsync(path, Ct);
        Assert.Contains("nguyen.thi.hoa@hanoi.gov.vn", form, StringComparison.Ordinal);
        var weak = await PortalForms.PostFormAsync(invited, path, new() { ["token"] = token, ["password"] = "matkhau", ["confirm"] = "matkhau" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("ít nhất 12 ký tự", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var set = await PortalForms.PostFormAsync(invited, path, new() { ["token"] = token, ["password"] = NewPassword, ["confirm"] = NewPassword }, Ct);
        Assert.Contains("id=\"activated\"", await set.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var again = await invited.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("đã được dùng", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var signIn = await StaffSignIn.PasswordStepAsync(invited, "nguyen.thi.hoa@hanoi.gov.vn", NewPassword, Ct);
        Assert.Equal("/dang-nhap/thiet-lap-xac-thuc", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnExpiredInvitationLinkIsRefused()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = new MutableClock(DateTimeOffset.UtcNow);
        using var admin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
        await PortalForms.PostFormAsync(admin, "/staff/admin/users/invite", new()
        {
            ["email"] = "tran.van.nam@hanoi.gov.vn", ["fullName"] = "Trần Văn Nam", ["role"] = StaffRoles.Processor, ["unitCode"] = "01.VP-DBQH-HDND-T",
        }, Ct);
        var link = ActivationLink(await app.WithDbAsync(db => db.OutboxEmails.Select(e => e.TextBody).SingleAsync(Ct)));

        app.Clock.Advance(TimeSpan.FromHours(73));
        using var invited = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await invited.GetAsync(new Uri(link).PathAndQuery, Ct);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("đã hết hạn", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationsAreRefusedForTakenEmailsAndUnitsOutsideTheSubtree()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
        await app.CreateStaffAsync(StaffRoles.Processor, "01.VP-DBQH-HDND-T", "da.co@hanoi.gov.vn");

        var taken = await PortalForms.PostFormAsync(admin, "/staff/admin/users/invite", new()
        {
            ["email"] = "da.co@hanoi.gov.vn", ["fullName"] = "Lê Văn Trùng", ["role"] = StaffRoles.Processor, ["unitCode"] = "01.VP-DBQH-HDND-T",
        }, Ct);
        var outside = await PortalForms.PostFormAsync(admin, "/staff/admin/users/invite", new()
        {
            ["email"] = "can.bo@hcm.gov.vn", ["fullName"] = "Phạm Văn Ngoài", ["role"] = StaffRoles.Processor, ["unitCode"] = "79.VP-DBQH-HDND-T",
        }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains("id=\"email-error\">Email da.co@hanoi.gov.vn đã có tài khoản.", await taken.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("id=\"unitCode-error\">Chỉ được tạo tài khoản trong đơn vị mình quản lý.", await outside.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(Ct)));
    }

    [Fact]
    public async Task TheUnitPickerSearchesTheSubtreeWithOrWithoutDiacritics()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");

        var folded = await admin.GetStringAsync("/staff/admin/users/invite?handler=Units&unit=so+xay+dung", Ct);
        var accented = await admin.GetStringAsync("/staff/admin/users/invite?handler=Units&unit=" + Uri.EscapeDataString("Sở Xây dựng"), Ct);

        Assert.Contains("value=\"01.SXD\"", folded, StringComparison.Ordinal);
        Assert.Contains("value=\"01.SXD\"", accented, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"79.SXD\"", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"TW.", folded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorOfOneProvinceCannotSeeOrEditUsersOfAnother()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var hanoi = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
        var hcmUser = await app.CreateStaffAsync(StaffRoles.Processor, "79.VP-DBQH-HDND-T", "xulydon@hcm.gov.vn");
        var hanoiUser = await app.CreateStaffAsync(StaffRoles.Processor, "01.VP-DBQH-HDND-T", "xulydon@hanoi.gov.vn");

        var list = await hanoi.GetStringAsync("/staff/admin/users", Ct);
        var view = await hanoi.GetAsync($"/staff/admin/users/{hcmUser}", Ct);
        var lockOther = await PostAsync(hanoi, $"/staff/admin/users/{hanoiUser}", $"/staff/admin/users/{hcmUser}?handler=Lock");

        Assert.Contains("xulydon@hanoi.gov.vn", list, StringComparison.Ordinal);
        Assert.DoesNotContain("xulydon@hcm.gov.vn", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lockOther.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == hcmUser).Select(u => u.LockoutEnd).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ChangesToRoleUnitLockAndTwoFactorAreAppliedAndAudited()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await app.CreateStaffClientAsync(StaffRoles.Administrator, "01");
        var id = await app.CreateStaffAsync(StaffRoles.Processor, "01.VP-DBQH-HDND-T", "canbo@hanoi.gov.vn");
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CitizenVoiceUser>>();
            var user = (await users.FindByIdAsync(id))!;
            await Data.Seeding.DemoTwoFactor.EnableAsync(users, user);
            return true;
        });
        var stampBefore = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync(Ct));
        var page = $"/staff/admin/users/{id}";

        var assign = await PostAsync(admin, page, page + "?handler=Assign", ("role", StaffRoles.ReceptionOfficer), ("unitCode", "01.SXD"));
        var locked = await PostAsync(admin, page, page + "?handler=Lock");
        var stateLocked = await admin.GetStringAsync(page, Ct);
        var unlocked = await PostAsync(admin, page, page + "?handler=Unlock");
        var reset = await PostAsync(admin, page, page + "?handler=ResetTwoFactor");

        Assert.All(new[] { assign, locked, unlocked, reset }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Contains("id=\"account-state\">Đang khóa", stateLocked, StringComparison.Ordinal);
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == id, Ct));
        Assert.Equal("01.SXD", user.UnitCode);
        Assert.False(user.TwoFactorEnabled);
        Assert.Null(user.LockoutEnd);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        var roles = await app.InScopeAsync(async sp => await sp.GetRequiredService<UserManager<CitizenVoiceUser>>().GetRolesAsync(user));
        Assert.Equal([StaffRoles.ReceptionOfficer], roles);
        var changes = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.AccountChange && a.SubjectId == id).Select(a => a.Details).ToListAsync(Ct));
        Assert.Equal(4, changes.Count);
    }

    [Fact]
    public async Task CreateAdminMakesAnAdministratorWithAnActivationLinkAndRefusesBadInput()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var output = new StringWriter();
        var error = new StringWriter();

        var created = await app.InScopeAsync(sp => CreateAdminCommand.CreateAsync(sp, "quantri@hanoi.gov.vn", "Nguyễn Văn Quản", "01", output, error, Ct));
        var duplicate = await app.InScopeAsync(sp => CreateAdminCommand.CreateAsync(sp, "QuanTri@hanoi.gov.vn", "Người Khác", "01", output, error, Ct));
        var malformed = await app.InScopeAsync(sp => CreateAdminCommand.CreateAsync(sp, "quantri@", "Người Khác", "01", output, error, Ct));
        var noUnit = await app.InScopeAsync(sp => CreateAdminCommand.CreateAsync(sp, "khac@hanoi.gov.vn", "Người Khác", "99.XYZ", output, error, Ct));

        Assert.Equal(0, created);
        Assert.Equal(1, duplicate);
        Assert.Equal(1, malformed);
        Assert.Equal(1, noUnit);
        Assert.Contains("đã có tài khoản", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--unit:", error.ToString(), StringComparison.Ordinal);
        Assert.Single(await app.WithDbAsync(db => db.Users.ToListAsync(Ct)));
        var link = ActivationLink(output.ToString());

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var uri = new Uri(link);
        var set = await PortalForms.PostFormAsync(client, uri.PathAndQuery, new() { ["token"] = uri.Query["?token=".Length..], ["password"] = NewPassword, ["confirm"] = NewPassword }, Ct);
        Assert.Contains("id=\"activated\"", await set.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var signIn = await StaffSignIn.PasswordStepAsync(client, "quantri@hanoi.gov.vn", NewPassword, Ct);
        Assert.Equal("/dang-nhap/thiet-lap-xac-thuc", signIn.Headers.Location?.OriginalString);
        var key = StaffSignIn.EnrolmentKey(await client.GetStringAsync("/dang-nhap/thiet-lap-xac-thuc", Ct));
        await PortalForms.PostFormAsync(client, "/dang-nhap/thiet-lap-xac-thuc", new() { ["code"] = Totp.Now(key) }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/admin/users", Ct)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string tokenPage, string path, params (string Name, string Value)[] fields)
    {
        var token = await PortalForms.TokenAsync(client, tokenPage, Ct);
        var all = fields.ToDictionary(f => f.Name, f => f.Value);
        all["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(path, content, Ct);
    }

    private static string ActivationLink(string text)
    {
        var match = LinkPattern().Match(text);
        Assert.True(match.Success, "No activation link in: " + text);
        return match.Value;
    }

    [GeneratedRegex(@"https?://\S+/tai-khoan/kich-hoat\?token=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
