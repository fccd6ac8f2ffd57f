using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.VoterMeetings;

/// <summary>Sessions and meetings created through the use cases, as a report compiler of the given unit.</summary>
public static class VoterMeetingData
{
    public static readonly string HanoiOffice = UnitCodes.DefaultIntake("01");

    public static StaffScope Compiler(string unitCode) =>
        new("test-compiler", "Cán bộ tổng hợp", unitCode, new HashSet<string> { StaffRoles.ReportCompiler });

    public static Task<Guid> CreateSessionAsync(CitizenVoiceApp app, string unitCode, string opensOn = "2026-12-20", string closesOn = "2026-12-31",
        int number = 1) => app.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<SaveSession>().ExecuteAsync(
                new SaveSessionRequest(null, 0, "quoc-hoi", "XVI", number.ToString(System.Globalization.CultureInfo.InvariantCulture), null, opensOn, closesOn),
                Compiler(unitCode), CancellationToken.None);
            Assert.Equal(VoterMeetingOutcome.Saved, result.Outcome);
            return result.SessionId!.Value;
        });

    public static Task<Guid> CreateMeetingAsync(CitizenVoiceApp app, Guid sessionId, string unitCode, string communeCode = "00070",
        string date = "2026-12-05") => app.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<SaveVoterMeeting>().ExecuteAsync(new SaveVoterMeetingRequest(sessionId, null, 0,
                "truoc-ky-hop", date, "08:00", "Hội trường UBND phường Hoàn Kiếm, 126 Hàng Trống", communeCode, null,
                "Nguyễn Văn An\nTrần Thị Bình", "150", "Thông báo kết quả kỳ họp và lắng nghe ý kiến cử tri.", "du-kien"),
                Compiler(unitCode), CancellationToken.None);
            Assert.True(result.Outcome == VoterMeetingOutcome.Saved, string.Join("; ", result.Errors.ByField.SelectMany(e => e.Value)));
            return result.MeetingId!.Value;
        });
}
