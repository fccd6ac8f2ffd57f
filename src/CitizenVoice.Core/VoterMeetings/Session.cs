using CitizenVoice.Core.Accounts;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// A session (kỳ họp) of the National Assembly or a People's Council, as one reporting unit tracks it: each provincial
/// NA delegation keeps its own record of the same NA session, with its own meetings, opinions and reports.
/// </summary>
public sealed class Session : IUnitOwned
{
    public const int TermMaxLength = 10;
    public const int TitleMaxLength = 200;
    public const int MaxNumber = 99;

    /// <summary>NQLT 72/2025 Chương IV (CT-REPORT): the summary goes out ≤ 15 days before opening and ≤ 15 days after closing.</summary>
    public const int ReportDaysBeforeOpening = 15;

    public const int ReportDaysAfterClosing = 15;

    /// <summary>Report compilers are reminded this many days before each report deadline.</summary>
    public const int ReminderDaysBeforeDeadline = 5;

    private Session()
    {
    }

    public Guid Id { get; private set; }

    public SessionBody Body { get; private set; }

    /// <summary>Term (khóa) in Roman numerals, e.g. "XVI".</summary>
    public string Term { get; private set; } = "";

    /// <summary>The session's number within the term (kỳ họp thứ N).</summary>
    public int Number { get; private set; }

    /// <summary>The body's unit: "TW" for the National Assembly, the province ("01") or commune ("01.00070") for a People's Council.</summary>
    public string BodyUnitCode { get; private set; } = "";

    /// <summary>The reporting unit that keeps this record (e.g. "01.VP-DBQH-HDND-T"); its staff see it and its meetings.</summary>
    public string OwnerUnitCode { get; private set; } = "";

    /// <summary>"Kỳ họp thứ 2, Quốc hội khóa XVI".</summary>
    public string Title { get; private set; } = "";

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public string? CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Set when the reminder for the pre-session report was queued, so the daily job sends it once.</summary>
    public DateOnly? PreSessionReminderFor { get; private set; }

    /// <summary>Set when the reminder for the post-session report was queued.</summary>
    public DateOnly? PostSessionReminderFor { get; private set; }

    public int Version { get; private set; }

    /// <summary>Last day to send the pre-session summary of voter opinions.</summary>
    public DateOnly PreSessionReportDueOn => OpensOn.AddDays(-ReportDaysBeforeOpening);

    /// <summary>Last day to send the post-session summary.</summary>
    public DateOnly PostSessionReportDueOn => ClosesOn.AddDays(ReportDaysAfterClosing);

    public bool IsUpcoming(DateOnly today) => OpensOn > today;

    public static string DefaultTitle(SessionBody body, string term, int number) =>
        $"Kỳ họp thứ {OrdinalWord(number)}, {BodyName(body)} khóa {term}";

    public static Session Plan(SessionBody body, string term, int number, string bodyUnitCode, string ownerUnitCode,
        string? title, DateOnly opensOn, DateOnly closesOn, string? createdByUserId, DateTimeOffset now)
    {
        var session = new Session
        {
            Id = Guid.CreateVersion7(now),
            OwnerUnitCode = ownerUnitCode,
            CreatedByUserId = createdByUserId,
            CreatedAt = now,
        };
        session.Apply(body, term, number, bodyUnitCode, title, opensOn, closesOn, now);
        return session;
    }

    public void Update(SessionBody body, string term, int number, string bodyUnitCode, string? title,
        DateOnly opensOn, DateOnly closesOn, DateTimeOffset now)
    {
        var datesChanged = opensOn != OpensOn || closesOn != ClosesOn;
        Apply(body, term, number, bodyUnitCode, title, opensOn, closesOn, now);
        if (datesChanged)
        {
            // New dates mean new deadlines: their reminders are still to be sent.
            PreSessionReminderFor = null;
            PostSessionReminderFor = null;
        }

        Version++;
    }

    /// <summary>
    /// The deadline whose reminder is due today and not yet queued (≤ 5 days ahead, not passed), or null.
    /// Marks it as queued; the caller saves in the same transaction as the outbox rows.
    /// </summary>
    public ReportDeadline? TakeDueReminder(DateOnly today)
    {
        if (IsReminderDue(PreSessionReportDueOn, PreSessionReminderFor, today))
        {
            PreSessionReminderFor = PreSessionReportDueOn;
            return new ReportDeadline(MeetingPhase.BeforeSession, PreSessionReportDueOn);
        }

        if (IsReminderDue(PostSessionReportDueOn, PostSessionReminderFor, today))
        {
            PostSessionReminderFor = PostSessionReportDueOn;
            return new ReportDeadline(MeetingPhase.AfterSession, PostSessionReportDueOn);
        }

        return null;
    }

    private static bool IsReminderDue(DateOnly due, DateOnly? remindedFor, DateOnly today) =>
        remindedFor != due && today <= due && today >= due.AddDays(-ReminderDaysBeforeDeadline);

    private void Apply(SessionBody body, string term, int number, string bodyUnitCode, string? title,
        DateOnly opensOn, DateOnly closesOn, DateTimeOffset now)
    {
        if (closesOn < opensOn)
        {
            throw new ArgumentException("A session cannot close before it opens.", nameof(closesOn));
        }

        Body = body;
        Term = term;
        Number = number;
        BodyUnitCode = bodyUnitCode;
        Title = string.IsNullOrWhiteSpace(title) ? DefaultTitle(body, term, number) : title;
        OpensOn = opensOn;
        ClosesOn = closesOn;
        UpdatedAt = now;
    }

    private static string BodyName(SessionBody body) => body switch
    {
        SessionBody.NationalAssembly => "Quốc hội",
        SessionBody.ProvincialCouncil => "Hội đồng nhân dân tỉnh",
        _ => "Hội đồng nhân dân xã",
    };

    // Official titles spell the first session out ("Kỳ họp thứ nhất") and number the rest ("Kỳ họp thứ 2").
    private static string OrdinalWord(int number) => number == 1 ? "nhất" : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
