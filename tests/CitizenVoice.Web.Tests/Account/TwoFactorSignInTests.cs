using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Data;
using CitizenVoice.Data.Seeding;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Account;

public sealed partial class TwoFactorSignInTests
{
    private const string Password = "Tiep-Dan@2026!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APasswordAloneReachesNeitherStaffPagesNorTheStaffApi()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardSeed(app);
        using var client = NewClient(app);

        var password = await StaffSignIn.PasswordStepAsync(client, "tiepdan@demo.citizenvoice.vn", DemoDataSeeder.DemoPassword, Ct);
        var staff = await client.GetAsync("/staff", Ct);
        var reception = await client.GetAsync("/staff/reception", Ct);
        var api = await client.PostAsJsonAsync("/api/v1/classify", new { id = "c1", text = "Đường liên thôn bị hư hỏng nặng, đề nghị sửa chữa." }, Ct);

        Assert.Equal("/dang-nhap/xac-thuc", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.StartsWith("/dang-nhap", staff.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reception.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task AnAccountWithoutASecondFactorEnrolsOneBeforeAnythingElse()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var email = await CreateWithPasswordAsync(app, StaffRoles.ReceptionOfficer, "01.VP-DBQH-HDND-T");
        using var client = NewClient(app);

        var password = await StaffSignIn.PasswordStepAsync(client, email, Password, Ct, returnUrl: "/staff/reception");
        Assert.Equal("/dang-nhap/thiet-lap-xac-thuc?returnUrl=%2Fstaff%2Freception", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/classify", new { id = "c1", text = "Đề nghị sửa đường." }, Ct)).StatusCode);
        var enrolPage = await client.GetStringAsync("/dang-nhap/thiet-lap-xac-thuc?returnUrl=%2Fstaff%2Freception", Ct);
        Assert.Contains("src=\"data:image/png;base64,", enrolPage, StringComparison.Ordinal);
        var key = StaffSignIn.EnrolmentKey(enrolPage);

        var wrong = await PortalForms.PostFormAsync(client, "/dang-nhap/thiet-lap-xac-thuc", new() { ["code"] = "000000" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var enrol = await PortalForms.PostFormAsync(client, "/dang-nhap/thiet-lap-xac-thuc",
            new() { ["code"] = Totp.Now(key), ["returnUrl"] = "/staff/reception" }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, enrol.StatusCode);
        Assert.Equal("/staff/account/recovery-codes?returnUrl=%2Fstaff%2Freception", enrol.Headers.Location?.OriginalString);
        var codesPage = await client.GetStringAsync(enrol.Headers.Location!.OriginalString, Ct);
        var codes = RecoveryCodes(codesPage);
        var again = await client.GetStringAsync(enrol.Headers.Location!.OriginalString, Ct);

        Assert.Equal(10, codes.Count);
        Assert.Empty(RecoveryCodes(again));
        Assert.Contains("href=\"/staff/reception\" id=\"continue\"", codesPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/reception", Ct)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync(Ct)));
        var actions = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync(Ct));
        Assert.Contains(AuditActions.AccountChange, actions);
        Assert.Contains(AuditActions.SignIn, actions);
        Assert.Contains(AuditActions.SignInFailed, actions);
    }

    [Fact]
    public async Task AWrongCodeIsRefusedAndWrittenToTheAuditLog()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardSeed(app);
        using var client = NewClient(app);
        await StaffSignIn.PasswordStepAsync(client, "xulydon@demo.citizenvoice.vn", DemoDataSeeder.DemoPassword, Ct);

        var wrong = await StaffSignIn.CodeStepAsync(client, NotTheCurrentCode(), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Mã không đúng", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff", Ct)).StatusCode);
        var failure = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.SignInFailed, Ct));
        Assert.Equal("Sai mã xác thực", failure.Details);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnce()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardSeed(app);
        var codes = await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CitizenVoiceUser>>();
            var user = await users.FindByEmailAsync("tonghop@demo.citizenvoice.vn");
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user!, 10))!.ToList();
        });

        using var first = NewClient(app);
        await StaffSignIn.PasswordStepAsync(first, "tonghop@demo.citizenvoice.vn", DemoDataSeeder.DemoPassword, Ct);
        var used = await StaffSignIn.CodeStepAsync(first, codes[0], Ct);
        using var second = NewClient(app);
        await StaffSignIn.PasswordStepAsync(second, "tonghop@demo.citizenvoice.vn", DemoDataSeeder.DemoPassword, Ct);
        var reused = await StaffSignIn.CodeStepAsync(second, codes[0], Ct);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/staff", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        var account = await first.GetStringAsync("/staff/account", Ct);
        Assert.Contains("id=\"recovery-left\">9<", account, StringComparison.Ordinal);
        Assert.Contains("mã khôi phục (còn 9 mã)", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardSeed(app);
        using var client = NewClient(app);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await StaffSignIn.PasswordStepAsync(client, "daibieu@demo.citizenvoice.vn", "SaiMatKhau@2026", Ct)).StatusCode);
        }

        var correct = await StaffSignIn.PasswordStepAsync(client, "daibieu@demo.citizenvoice.vn", DemoDataSeeder.DemoPassword, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, correct.StatusCode);
        Assert.Contains("tạm thời bị khóa", await correct.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var failures = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.SignInFailed).Select(a => a.Details).ToListAsync(Ct));
        Assert.Equal(6, failures.Count);
        Assert.Contains(failures, d => d!.Contains("bị khóa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAccountPageShowsTheLastSignIns()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardSeed(app);
        using var client = NewClient(app);
        await StaffSignIn.PasswordStepAsync(client, "coquan@demo.citizenvoice.vn", "SaiMatKhau@2026", Ct);
        await StaffSignIn.SignInAsync(client, "coquan@demo.citizenvoice.vn", Ct);

        var page = await client.GetStringAsync("/staff/account", Ct);

        Assert.Contains("Đỗ Thị Lan Anh", page, StringComparison.Ordinal);
        Assert.Contains("id=\"two-factor-status\">Đang bật", page, StringComparison.Ordinal);
        Assert.Contains("Sai mật khẩu", page, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập bằng mật khẩu và mã xác thực", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePasswordNeedsTheCurrentOneAndAStrongNewOne()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await JobsDashboardSeed(app);
        using var client = NewClient(app);
        await StaffSignIn.SignInAsync(client, "xulydon@demo.citizenvoice.vn", Ct);

        var weak = await PortalForms.PostFormAsync(client, "/staff/account?handler=Password",
            new() { ["current"] = DemoDataSeeder.DemoPassword, ["password"] = "ngan", ["confirm"] = "ngan" }, Ct);
        var wrongCurrent = await PortalForms.PostFormAsync(client, "/staff/account?handler=Password",
            new() { ["current"] = "Sai@MatKhau2026", ["password"] = "Moi-Mat-Khau@2027", ["confirm"] = "Moi-Mat-Khau@2027" }, Ct);
        var changed = await PortalForms.PostFormAsync(client, "/staff/account?handler=Password",
            new() { ["current"] = DemoDataSeeder.DemoPassword, ["password"] = "Moi-Mat-Khau@2027", ["confirm"] = "Moi-Mat-Khau@2027" }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 12 ký tự.", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("id=\"current-error\">Mật khẩu hiện tại không đúng.", await wrongCurrent.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var fresh = NewClient(app);
        await StaffSignIn.SignInAsync(fresh, "xulydon@demo.citizenvoice.vn", Ct, password: "Moi-Mat-Khau@2027");
    }

    private static HttpClient NewClient(CitizenVoiceApp app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task<bool> JobsDashboardSeed(CitizenVoiceApp app) => Hosting.JobsDashboardTests.SeedDemoAsync(app);

    private static string NotTheCurrentCode()
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(i => Totp.Code(DemoTwoFactor.AuthenticatorKey, now.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => (123456 + i * 7919).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    private static async Task<string> CreateWithPasswordAsync(CitizenVoiceApp app, string role, string unit)
    {
        var email = $"moi.{Guid.NewGuid():N}@test.citizenvoice.vn";
        var id = await app.CreateStaffAsync(role, unit, email);
        await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CitizenVoiceUser>>();
            Assert.True((await users.AddPasswordAsync((await users.FindByIdAsync(id))!, Password)).Succeeded);
            return true;
        });
        return email;
    }

    private static List<string> RecoveryCodes(string html) =>
        RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<li><code class=\"code\">([A-Z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
