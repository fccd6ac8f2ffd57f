using System.Globalization;
using System.Text;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// Daily: five days before a session report is due (CT-REPORT), emails the report compilers of the session's reporting
/// unit through the outbox. Each session records the deadline it reminded of, in the same transaction as the emails,
/// so a second run the same day (a retry, two nodes) sends nothing more; a missed day is caught up until the deadline.
/// </summary>
[AutomaticRetry(Attempts = 3)]
[DisableConcurrentExecution(timeoutInSeconds: 300)]
public sealed class SessionReportReminderJob(ICitizenVoiceDb db, IStaffDirectory staff, IOutboxSignal outboxSignal,
    IOptions<PortalOptions> portal, TimeProvider clock)
{
    /// <summary>Returns how many reminder emails were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var horizon = today.AddDays(Session.ReportDaysBeforeOpening + Session.ReminderDaysBeforeDeadline);
        var earliestClosing = today.AddDays(-Session.ReportDaysAfterClosing);
        var candidates = await db.Sessions
            .Where(s => (s.OpensOn >= today && s.OpensOn <= horizon) || s.ClosesOn >= earliestClosing && s.ClosesOn <= today)
            .ToListAsync(cancellationToken);

        var queued = new List<OutboxEmail>();
        foreach (var session in candidates)
        {
            while (session.TakeDueReminder(today) is { } deadline)
            {
                var compilers = await staff.WithRoleInUnitAsync(StaffRoles.ReportCompiler, session.OwnerUnitCode, cancellationToken);
                foreach (var compiler in compilers)
                {
                    var email = Compose(session, deadline, compiler, today, now);
                    db.OutboxEmails.Add(email);
                    queued.Add(email);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var email in queued)
        {
            outboxSignal.EmailQueued(email.Id);
        }

        return queued.Count;
    }

    private OutboxEmail Compose(Session session, ReportDeadline deadline, StaffContact to, DateOnly today, DateTimeOffset now)
    {
        var days = deadline.DueOn.DayNumber - today.DayNumber;
        var left = days == 0 ? "(hôm nay)" : $"(còn {days} ngày)";
        var baseUrl = portal.Value.PublicBaseUrl.TrimEnd('/');
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {to.DisplayName},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{deadline.Label} của {session.Title} phải gửi chậm nhất ngày {deadline.DueOn:dd/MM/yyyy} {left}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Kỳ họp khai mạc ngày {session.OpensOn:dd/MM/yyyy}, bế mạc ngày {session.ClosesOn:dd/MM/yyyy}.")
            .AppendLine("Căn cứ: Nghị quyết liên tịch 72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, Chương IV.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Theo dõi các cuộc tiếp xúc và ý kiến cử tri: {baseUrl}/staff/sessions/{session.Id}")
            .AppendLine()
            .AppendLine("Đây là thư tự động, xin đừng trả lời thư này.")
            .ToString();
        return new OutboxEmail(to.Email, to.DisplayName, $"Nhắc hạn: {deadline.Label} – {session.Title}", body, now);
    }
}
