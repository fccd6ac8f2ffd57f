using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Reports;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterAnswers;

/// <summary>
/// Answer tracking of a session (NQLT 72/2025 Art. 49(3)): every compiled item with its answer state and due date,
/// and per agency how many were forwarded, answered and overdue — the page and the XLSX show the same figures.
/// </summary>
public sealed class AnswerMonitoring(ICitizenVoiceDb db, ItemGrouping grouping, AnswerClock clock)
{
    public async Task<IReadOnlyList<AgencyAnswerRow>> RowsAsync(Session session, DateOnly today, CancellationToken cancellationToken)
    {
        var items = await db.ConsolidatedItems.AsNoTracking().Where(i => i.SessionId == session.Id).ToListAsync(cancellationToken);
        var unitCodes = items.Where(i => i.AgencyUnitCode is not null).Select(i => i.AgencyUnitCode!).Distinct().ToList();
        var unitNames = await db.OrganisationUnits.AsNoTracking().Where(u => unitCodes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        var calculator = await clock.CalculatorAsync(cancellationToken);
        return grouping.Group(items, unitNames)
            .SelectMany(g => g.Items.Select(i => new AgencyAnswerRow(i, g.AgencyName, AnswerClock.DueOn(calculator, i), AnswerClock.IsOverdue(calculator, i, today))))
            .ToList();
    }

    public async Task<AnswerMonitoringReport> ReportAsync(Session session, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(session, today, cancellationToken);
        var body = await db.OrganisationUnits.AsNoTracking().Where(u => u.Code == session.OwnerUnitCode).Select(u => u.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? session.OwnerUnitCode;
        var agencies = rows
            .Where(r => r.Item.Status != ConsolidatedItemStatus.Compiled)
            .GroupBy(r => r.AgencyName, StringComparer.Ordinal)
            .Select(g => new AgencyAnswerStatus(g.Key, g.Count(), g.Count(r => r.Item.Status == ConsolidatedItemStatus.Answered), g.Count(r => r.IsOverdue)))
            .ToList();
        return new AnswerMonitoringReport(body, $"Theo dõi trả lời kiến nghị cử tri gửi tới {session.Title}", today, agencies);
    }
}
