using System.Globalization;
using System.Text;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Submissions.Inbox;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Daily: one digest per responsible staff member (the assigned handler, else the owner unit's processors) of the items
/// overdue or due within <see cref="DeadlineOptions.DueSoonWorkingDays"/> working days. A <see cref="DeadlineReminder"/>
/// row per person per day, saved with the email, makes a second run on the same day send nothing.
/// </summary>
[AutomaticRetry(Attempts = 3)]
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class DeadlineReminderJob(
    ICitizenVoiceDb db, SubmissionClocks clocks, IStaffDirectory staff, IOutboxSignal outboxSignal,
    IOptions<PortalOptions> portal, IOptions<DeadlineOptions> options, TimeProvider clock)
{
    /// <summary>Returns how many digests were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        var calculator = await clocks.CalculatorAsync(cancellationToken);
        var soon = SubmissionInbox.DueSoonLimit(calculator, today, options.Value.DueSoonWorkingDays);
        var items = await db.Submissions.AsNoTracking()
            .Where(s => s.NextDueOn != null && s.NextDueOn < soon)
            .OrderBy(s => s.NextDueOn)
            .Select(s => new Item(s.Id, s.TrackingCode, s.Title, s.Kind, s.OwnerUnitCode, s.AssignedStaffUserId, s.NextDueOn!.Value))
            .ToListAsync(cancellationToken);
        var alreadySent = (await db.DeadlineReminders.AsNoTracking().Where(r => r.Date == today).Select(r => r.UserId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var digests = new Dictionary<string, (StaffMember Member, List<Item> Items)>(StringComparer.Ordinal);
        var unitProcessors = new Dictionary<string, IReadOnlyList<StaffMember>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            IReadOnlyList<StaffMember> recipients;
            if (item.AssignedStaffUserId is { } assigned && await staff.FindAsync(assigned, cancellationToken) is { } handler)
            {
                recipients = [handler];
            }
            else
            {
                if (!unitProcessors.TryGetValue(item.OwnerUnitCode, out var processors))
                {
                    processors = await staff.InUnitAsync(item.OwnerUnitCode, StaffRoles.Processor, cancellationToken);
                    unitProcessors[item.OwnerUnitCode] = processors;
                }

                recipients = processors;
            }

            foreach (var member in recipients.Where(m => m.Email is not null && !alreadySent.Contains(m.UserId)))
            {
                if (!digests.TryGetValue(member.UserId, out var digest))
                {
                    digest = (member, []);
                    digests[member.UserId] = digest;
                }

                digest.Items.Add(item);
            }
        }

        var queued = new List<Guid>();
        foreach (var (member, list) in digests.Values)
        {
            var email = Digest(member, list, calculator, today, now);
            db.OutboxEmails.Add(email);
            db.DeadlineReminders.Add(new DeadlineReminder(member.UserId, today, list.Count, email.Id, now));
            queued.Add(email.Id);
        }

        if (queued.Count == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run of today committed first (the unique user-and-date index): its digests stand.
            db.DiscardChanges();
            return 0;
        }

        foreach (var id in queued)
        {
            outboxSignal.EmailQueued(id);
        }

        return queued.Count;
    }

    private OutboxEmail Digest(StaffMember member, List<Item> items, DeadlineCalculator calculator, DateOnly today, DateTimeOffset now)
    {
        var baseUrl = portal.Value.PublicBaseUrl.TrimEnd('/');
        var overdue = items.Count(i => i.DueOn < today);
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {member.FullName},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Ngày {today:dd/MM/yyyy}, Ông/Bà có {items.Count} đơn cần xử lý gấp: {overdue} đơn quá hạn, {items.Count - overdue} đơn sắp đến hạn.")
            .AppendLine();
        foreach (var item in items)
        {
            var status = calculator.StatusOf(item.DueOn, today);
            var when = status.State == DeadlineState.Overdue
                ? $"quá hạn {-status.CalendarDaysLeft} ngày (hạn {item.DueOn:dd/MM/yyyy})"
                : $"hạn {item.DueOn:dd/MM/yyyy}, còn {status.WorkingDaysLeft} ngày làm việc";
            body.AppendLine(CultureInfo.InvariantCulture, $"- {TrackingCode.Format(item.TrackingCode)} · {item.Kind.Label()} · {item.Title}: {when}")
                .AppendLine(CultureInfo.InvariantCulture, $"  {baseUrl}/staff/submissions/{item.Id}");
        }

        body.AppendLine()
            .AppendLine("Thư nhắc hạn gửi tự động mỗi ngày làm việc; xin đừng trả lời thư này.");
        return new OutboxEmail(member.Email!, member.FullName,
            $"Nhắc hạn xử lý đơn ngày {today:dd/MM/yyyy}: {overdue} quá hạn, {items.Count - overdue} sắp đến hạn", body.ToString(), now);
    }

    private sealed record Item(Guid Id, string TrackingCode, string Title, SubmissionKind Kind, string OwnerUnitCode, string? AssignedStaffUserId, DateOnly DueOn);
}
