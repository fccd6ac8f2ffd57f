using System.Net;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Data;
using CitizenVoice.Data.Seeding;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Portal;

public sealed class SignInPageTests
{
    private const string Email = "xulydon@demo.citizenvoice.vn";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignsInDemoStaffAndFollowsLocalReturnUrl()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await SeedStaffAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var password = await StaffSignIn.PasswordStepAsync(client, Email, DemoDataSeeder.DemoPassword, Ct, returnUrl: "/tra-cuu");
        var code = await StaffSignIn.CodeStepAsync(client, Totp.Now(DemoTwoFactor.AuthenticatorKey), Ct, returnUrl: "/tra-cuu");

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/dang-nhap/xac-thuc?returnUrl=%2Ftra-cuu", password.Headers.Location?.OriginalString);
        Assert.DoesNotContain(password.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cv.staff=", StringComparison.Ordinal) && !c.StartsWith("cv.staff=;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/tra-cuu", code.Headers.Location?.OriginalString);
        Assert.Contains(code.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cv.staff=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IgnoresAnExternalReturnUrl()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await SeedStaffAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var password = await StaffSignIn.PasswordStepAsync(client, Email, DemoDataSeeder.DemoPassword, Ct, returnUrl: "https://evil.example/");
        var code = await StaffSignIn.CodeStepAsync(client, Totp.Now(DemoTwoFactor.AuthenticatorKey), Ct, returnUrl: "https://evil.example/");

        Assert.Equal("/dang-nhap/xac-thuc", password.Headers.Location?.OriginalString);
        Assert.Equal("/staff", code.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task WrongPasswordAndUnknownEmailGiveTheSameGenericError()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        await SeedStaffAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var wrongPassword = await PortalForms.PostFormAsync(client, "/dang-nhap", new() { ["email"] = Email, ["password"] = "SaiMatKhau@2026" }, Ct);
        var unknownEmail = await PortalForms.PostFormAsync(client, "/dang-nhap", new() { ["email"] = "ai@example.vn", ["password"] = "SaiMatKhau@2026" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng", await wrongPassword.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Email hoặc mật khẩu không đúng", await unknownEmail.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(wrongPassword.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("cv.staff=", StringComparison.Ordinal)));
    }

    private static Task<bool> SeedStaffAsync(CitizenVoiceApp app) => app.InScopeAsync(async sp =>
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        var users = sp.GetRequiredService<UserManager<CitizenVoiceUser>>();
        await roles.CreateAsync(new IdentityRole(StaffRoles.Processor));
        var user = new CitizenVoiceUser { UserName = Email, Email = Email, EmailConfirmed = true, FullName = "Lê Thị Hồng Nhung", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, DemoDataSeeder.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StaffRoles.Processor)).Succeeded);
        await DemoTwoFactor.EnableAsync(users, user);
        return true;
    });
}
