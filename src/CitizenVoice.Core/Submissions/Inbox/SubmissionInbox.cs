using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Submissions.Inbox;

/// <summary>
/// The processors' inbox query, shared by the page, the API and the benchmark: always within the actor's scope,
/// filtered, searched over the folded title and content (so "duong" finds "đường") or by tracking code, counted and paged.
/// </summary>
public sealed class SubmissionInbox(ICitizenVoiceDb db, SubmissionClocks clocks, TimeProvider clock)
{
    public async Task<InboxPage> SearchAsync(InboxFilter filter, StaffScope scope, CancellationToken cancellationToken)
    {
        var calculator = await clocks.CalculatorAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        var (query, isCode) = Filtered(db.Submissions.AsNoTracking().VisibleTo(scope), filter, scope, calculator, today);

        var counts = new Dictionary<SubmissionStatus, int>();
        foreach (var part in db.Submissions.AsNoTracking().VisibleToInParts(scope))
        {
            var (filtered, _) = Filtered(part, filter, scope, calculator, today);
            foreach (var group in await filtered.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            {
                counts[group.Key] = counts.GetValueOrDefault(group.Key) + group.Count;
            }
        }
        if (DomainCodes.TryParseStatus(filter.Status, out var status))
        {
            query = query.Where(s => s.Status == status);
        }

        var total = DomainCodes.TryParseStatus(filter.Status, out var only) ? counts.GetValueOrDefault(only) : counts.Values.Sum();
        var pageCount = Math.Max(1, (total + InboxFilter.PageSize - 1) / InboxFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var ordered = filter.Sort switch
        {
            InboxFilter.SortOldest => query.OrderBy(s => s.ReceivedAt),
            // Items without a running clock go last, the earliest due first.
            // With a deadline filter every row has a due date, and the plain order can walk the (NextDueOn, ReceivedAt) index.
            InboxFilter.SortDue when !string.IsNullOrEmpty(filter.Deadline) => query.OrderBy(s => s.NextDueOn).ThenBy(s => s.ReceivedAt),
            InboxFilter.SortDue => query.OrderBy(s => s.NextDueOn == null).ThenBy(s => s.NextDueOn).ThenBy(s => s.ReceivedAt),
            _ => query.OrderByDescending(s => s.ReceivedAt),
        };
        var rows = await ordered.Skip((page - 1) * InboxFilter.PageSize).Take(InboxFilter.PageSize)
            .Select(s => new
            {
                s.Id, s.TrackingCode, s.Title, s.Kind, s.Channel, s.Status, s.ReceivedAt, s.TopicCode, s.RoutingStatus, s.CommuneCode,
                s.Submitter.FullName, s.OwnerUnitCode, s.AssignedUnitCode, s.AssignedStaffName, s.NextDueOn,
            })
            .ToListAsync(cancellationToken);
        return new InboxPage(
            rows.Select(r => new InboxRow(r.Id, r.TrackingCode, r.Title, r.Kind, r.Channel, r.Status, r.ReceivedAt, r.TopicCode, r.RoutingStatus,
                r.CommuneCode, r.Kind == SubmissionKind.Denunciation ? null : r.FullName, r.OwnerUnitCode, r.AssignedUnitCode, r.AssignedStaffName,
                r.NextDueOn, r.NextDueOn is { } due ? calculator.StatusOf(due, today) : null)).ToList(),
            total, page, pageCount, counts, isCode);
    }

    /// <summary>The first day that is no longer "due soon": due dates before it (from today on) have at most N working days left.</summary>
    public static DateOnly DueSoonLimit(DeadlineCalculator calculator, DateOnly today, int dueSoonWorkingDays) =>
        calculator.Calendar.AddWorkingDays(today, dueSoonWorkingDays + 1);

    /// <summary>Every filter but the status (the per-status counts are taken over this).</summary>
    public static (IQueryable<Submission> Query, bool IsTrackingCodeSearch) Filtered(
        IQueryable<Submission> query, InboxFilter filter, StaffScope scope, DeadlineCalculator calculator, DateOnly today, int dueSoonWorkingDays = 3)
    {
        if (DomainCodes.TryParseKind(filter.Kind, out var kind))
        {
            query = query.Where(s => s.Kind == kind);
        }

        if (DomainCodes.TryParseChannel(filter.Channel, out var channel))
        {
            query = query.Where(s => s.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            var topic = filter.Topic.Trim();
            query = query.Where(s => s.TopicCode == topic);
        }

        query = filter.Routing switch
        {
            InboxFilter.RoutingNeedsTriage => query.Where(s => s.RoutingStatus == RoutingStatus.NeedsTriage),
            InboxFilter.RoutingUnclassified => query.Where(s => s.TopicCode == null),
            InboxFilter.RoutingSuggested => query.Where(s => s.RoutingStatus == RoutingStatus.Suggested),
            InboxFilter.RoutingConfirmed => query.Where(s => s.RoutingStatus == RoutingStatus.Confirmed),
            _ => query,
        };

        if (!string.IsNullOrWhiteSpace(filter.Province))
        {
            var province = filter.Province.Trim();
            query = query.Where(s => s.ProvinceCode == province);
            if (!string.IsNullOrWhiteSpace(filter.Commune))
            {
                var commune = filter.Commune.Trim();
                query = query.Where(s => s.CommuneCode == commune);
            }
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            query = query.Where(s => s.ReceivedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            query = query.Where(s => s.ReceivedAt < end);
        }

        var soon = DueSoonLimit(calculator, today, dueSoonWorkingDays);
        query = filter.Deadline switch
        {
            InboxFilter.DeadlineOverdue => query.Where(s => s.NextDueOn < today),
            InboxFilter.DeadlineDueSoon => query.Where(s => s.NextDueOn >= today && s.NextDueOn < soon),
            InboxFilter.DeadlineOnTime => query.Where(s => s.NextDueOn >= soon),
            _ => query,
        };

        if (filter.Mine)
        {
            var me = scope.UserId;
            query = query.Where(s => s.AssignedStaffUserId == me);
        }

        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            var unit = filter.Unit.Trim();
            query = query.Where(s => s.AssignedUnitCode == unit || (s.AssignedUnitCode == null && s.OwnerUnitCode == unit));
        }

        var isCode = false;
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var raw = filter.Q.Length > InboxFilter.QueryMaxLength ? filter.Q[..InboxFilter.QueryMaxLength] : filter.Q;
            if (TrackingCode.Normalize(raw) is { } code)
            {
                isCode = true;
                query = query.Where(s => s.TrackingCode == code);
            }
            else
            {
                // Every word must appear (in any order), as people type a few words they remember.
                foreach (var word in VietnameseText.Fold(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(8))
                {
                    query = query.Where(s => s.SearchText.Contains(word));
                }
            }
        }

        return (query, isCode);
    }
}
