using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Tests.VoterMeetings;

public sealed class SessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static Session Second() => Session.Plan(SessionBody.NationalAssembly, "XVI", 2, "TW", "01.VP-DBQH-HDND-T", null,
        new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 31), null, Now);

    [Fact]
    public void ReportDeadlinesAreFifteenDaysBeforeOpeningAndAfterClosing()
    {
        var session = Second();

        Assert.Equal(new DateOnly(2026, 12, 6), session.PreSessionReportDueOn);
        Assert.Equal(new DateOnly(2027, 1, 15), session.PostSessionReportDueOn);
    }

    [Fact]
    public void TitleFollowsTheOfficialPattern()
    {
        Assert.Equal("Kỳ họp thứ 2, Quốc hội khóa XVI", Second().Title);
        Assert.Equal("Kỳ họp thứ nhất, Quốc hội khóa XVI", Session.DefaultTitle(SessionBody.NationalAssembly, "XVI", 1));
    }

    [Fact]
    public void ReminderIsDueFiveDaysBeforeTheDeadlineAndOnlyOnce()
    {
        var session = Second();

        Assert.Null(session.TakeDueReminder(new DateOnly(2026, 11, 30)));
        var first = session.TakeDueReminder(new DateOnly(2026, 12, 1));
        Assert.Equal(new ReportDeadline(MeetingPhase.BeforeSession, new DateOnly(2026, 12, 6)), first);
        Assert.Null(session.TakeDueReminder(new DateOnly(2026, 12, 1)));
        Assert.Null(session.TakeDueReminder(new DateOnly(2026, 12, 3)));
    }

    [Fact]
    public void MissedReminderDaysAreCaughtUpUntilTheDeadlineButNotAfter()
    {
        var late = Second();
        Assert.NotNull(late.TakeDueReminder(new DateOnly(2026, 12, 6)));

        var passed = Second();
        Assert.Null(passed.TakeDueReminder(new DateOnly(2026, 12, 7)));
        Assert.Equal(MeetingPhase.AfterSession, passed.TakeDueReminder(new DateOnly(2027, 1, 10))!.Report);
    }

    [Fact]
    public void NewDatesResetTheRemindersForTheNewDeadlines()
    {
        var session = Second();
        Assert.NotNull(session.TakeDueReminder(new DateOnly(2026, 12, 1)));

        session.Update(SessionBody.NationalAssembly, "XVI", 2, "TW", null, new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 31), Now);

        Assert.Equal(new DateOnly(2026, 12, 7), session.TakeDueReminder(new DateOnly(2026, 12, 2))!.DueOn);
    }

    [Fact]
    public void RefusesClosingBeforeOpening() =>
        Assert.Throws<ArgumentException>(() => Session.Plan(SessionBody.NationalAssembly, "XVI", 2, "TW", "01", null,
            new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 20), null, Now));
}
