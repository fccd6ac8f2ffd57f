using System.Net;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Admin;

public sealed class HolidaysPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<DeadlineResult> ComputeAsync(CitizenVoiceApp app, DateOnly start) => app.InScopeAsync(async sp =>
    {
        var calendar = await sp.GetRequiredService<IHolidayCalendarProvider>().GetCalendarAsync(Ct);
        return new DeadlineCalculator(calendar).Compute(DeadlineRules.LetterProcessing, start);
    });

    [Fact]
    public async Task AddedDayOffMovesAComputedDeadlineAndIsAudited()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);
        var start = new DateOnly(2026, 3, 2);
        var before = await ComputeAsync(app, start);

        var response = await PortalForms.PostFormAsync(admin, "/staff/admin/holidays?handler=Add&year=2026", new()
        {
            ["Input.Date"] = "2026-03-04", ["Input.Kind"] = "nghi-bu", ["Input.Name"] = "Nghỉ bù theo thông báo", ["Input.Note"] = "Thông báo thử nghiệm",
        }, Ct);

        var after = await ComputeAsync(app, start);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before.DueDate.AddDays(1), after.DueDate);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SettingsChange && a.SubjectId == "2026-03-04", Ct)));
        var page = await admin.GetStringAsync("/staff/admin/holidays?year=2026", Ct);
        Assert.Contains("Nghỉ bù theo thông báo", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletedHolidayCountsAsAWorkingDayAgain()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);
        var holiday = await app.WithDbAsync(db => db.PublicHolidays.Where(h => h.Kind == PublicHolidayKind.Holiday && h.Date.Year == 2026 && h.Date.Month == 9)
            .OrderBy(h => h.Date).FirstAsync(Ct));
        var before = await ComputeAsync(app, holiday.Date.AddDays(-1));

        var response = await PortalForms.PostFormAsync(admin, "/staff/admin/holidays?handler=Delete&year=2026",
            new() { ["date"] = holiday.Date.ToString("yyyy-MM-dd") }, Ct);

        var after = await ComputeAsync(app, holiday.Date.AddDays(-1));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(after.DueDate < before.DueDate);
    }

    [Fact]
    public async Task EditChangesTheKindAndName()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);
        var day = await app.WithDbAsync(db => db.PublicHolidays.Where(h => h.Date.Year == 2026).OrderBy(h => h.Date).FirstAsync(Ct));
        var path = $"/staff/admin/holidays/edit?date={day.Date:yyyy-MM-dd}";

        var response = await PortalForms.PostFormAsync(admin, path, new()
        {
            ["date"] = $"{day.Date:yyyy-MM-dd}", ["Input.Date"] = $"{day.Date:yyyy-MM-dd}", ["Input.Kind"] = "ngay-le", ["Input.Name"] = "Tết Dương lịch (đã sửa)",
        }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Tết Dương lịch (đã sửa)", await app.WithDbAsync(db => db.PublicHolidays.Where(h => h.Date == day.Date).Select(h => h.Name).SingleAsync(Ct)));
    }

    [Fact]
    public async Task InvalidInputShowsFieldErrorsAndStoresNothing()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        using var admin = await AdminClients.AdministratorAsync(app);
        var count = await app.WithDbAsync(db => db.PublicHolidays.CountAsync(Ct));

        // 2026-03-04 is a Wednesday: a compensatory working day must be a Saturday; the name is missing.
        var response = await PortalForms.PostFormAsync(admin, "/staff/admin/holidays?handler=Add&year=2026", new()
        {
            ["Input.Date"] = "2026-03-04", ["Input.Kind"] = "lam-bu", ["Input.Name"] = "",
        }, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var duplicate = await PortalForms.PostFormAsync(admin, "/staff/admin/holidays?handler=Add&year=2026", new()
        {
            ["Input.Date"] = "2026-01-01", ["Input.Kind"] = "ngay-le", ["Input.Name"] = "Tết Dương lịch",
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ngày làm bù phải là thứ Bảy.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"name-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Ngày này đã có trong lịch", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(count, await app.WithDbAsync(db => db.PublicHolidays.CountAsync(Ct)));
    }
}
