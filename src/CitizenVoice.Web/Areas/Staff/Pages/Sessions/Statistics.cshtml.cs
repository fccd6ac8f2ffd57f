using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Data.Spreadsheets;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>Counts by topic, level, agency, locality and channel for a session or a period, with bar charts and an XLSX export.</summary>
public sealed class StatisticsModel(ICitizenVoiceDb db, OpinionStatistics statistics, AuditLog audit) : PageModel
{
    public StatisticsFilter Filter { get; private set; } = new();

    public StatisticsResult Result { get; private set; } = StatisticsResult.NotFound;

    public IReadOnlyList<Session> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        Filter = filter;
        Result = await statistics.ComputeAsync(filter, scope, cancellationToken);
        if (!Result.Found)
        {
            return NotFound();
        }

        Sessions = await db.Sessions.AsNoTracking().VisibleTo(scope).OrderByDescending(s => s.OpensOn).Take(50).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync([FromQuery] StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        var result = await statistics.ComputeAsync(filter, scope, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        await audit.RecordAsync(scope, AuditActions.Export, "voter-statistics", filter.SessionId?.ToString(),
            "Xuất thống kê ý kiến cử tri: " + result.Title, cancellationToken);
        var stream = new MemoryStream();
        var rows = result.Breakdowns.SelectMany(b => b.Rows.Select(r => (IReadOnlyList<object?>)[b.Title, r.Label, r.Opinions, r.Submissions, r.Total]));
        XlsxTable.Write(stream, "Thong ke", ["Nhóm", "Nội dung", "Ý kiến cử tri", "Đơn thư", "Tổng"], rows, [24, 50, 14, 12, 10]);
        stream.Position = 0;
        return File(stream, ImportTemplateModel.ContentType, "thong-ke-y-kien-cu-tri.xlsx");
    }
}
