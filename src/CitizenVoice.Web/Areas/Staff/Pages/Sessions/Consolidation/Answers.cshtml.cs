using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Reports;
using CitizenVoice.Core.VoterAnswers;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>After the session: each item's answer state and CT-ANSWER due date, and the monitoring per agency (page and XLSX).</summary>
public sealed class AnswersModel(ICitizenVoiceDb db, AnswerMonitoring monitoring, TimeProvider clock) : ConsolidationPage(db, clock)
{
    public IReadOnlyList<AgencyAnswerRow> Rows { get; private set; } = [];

    public AnswerMonitoringReport Monitoring { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Rows = await monitoring.RowsAsync(Session, Today, cancellationToken);
        Monitoring = await monitoring.ReportAsync(Session, Today, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetMonitoringAsync(Guid id, [FromServices] IReportWriter<AnswerMonitoringReport> writer, [FromServices] AuditLog audit,
        CancellationToken cancellationToken)
    {
        if (!await LoadSessionAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var report = await monitoring.ReportAsync(Session, Today, cancellationToken);
        using var stream = new MemoryStream();
        await writer.WriteAsync(report, stream, cancellationToken);
        await audit.RecordAsync(HttpContext.StaffScope(), AuditActions.Export, "Session", Session.Id.ToString(), "Tải báo cáo theo dõi trả lời kiến nghị cử tri", cancellationToken);
        return File(stream.ToArray(), writer.ContentType, "theo-doi-tra-loi-kien-nghi-cu-tri" + writer.FileExtension);
    }
}
