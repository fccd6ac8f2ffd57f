using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.VoterMeetings;

public sealed class SessionReportReminderJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RemindsTheUnitsReportCompilersFiveDaysAheadOnce()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = new MutableClock(new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.Zero));
        await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice, "2026-12-21", "2026-12-31", number: 2);
        await app.CreateStaffAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice, "tonghop.hn@test.citizenvoice.vn");
        await app.CreateStaffAsync(StaffRoles.Processor, VoterMeetingData.HanoiOffice, "xuly.hn@test.citizenvoice.vn");
        await app.CreateStaffAsync(StaffRoles.ReportCompiler, Core.Units.UnitCodes.DefaultIntake("79"), "tonghop.hcm@test.citizenvoice.vn");

        var first = await app.InScopeAsync(sp => sp.GetRequiredService<SessionReportReminderJob>().RunAsync(Ct));
        var second = await app.InScopeAsync(sp => sp.GetRequiredService<SessionReportReminderJob>().RunAsync(Ct));

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var email = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(Ct));
        Assert.Equal("tonghop.hn@test.citizenvoice.vn", email.ToAddress);
        Assert.Contains("Kỳ họp thứ 2, Quốc hội khóa XVI", email.Subject, StringComparison.Ordinal);
        Assert.Contains("06/12/2026 (còn 5 ngày)", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsNothingBeforeTheReminderWindow()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        app.Clock = new MutableClock(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));
        await VoterMeetingData.CreateSessionAsync(app, VoterMeetingData.HanoiOffice, "2026-12-21", "2026-12-31", number: 2);
        await app.CreateStaffAsync(StaffRoles.ReportCompiler, VoterMeetingData.HanoiOffice);

        Assert.Equal(0, await app.InScopeAsync(sp => sp.GetRequiredService<SessionReportReminderJob>().RunAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(Ct)));
    }
}
