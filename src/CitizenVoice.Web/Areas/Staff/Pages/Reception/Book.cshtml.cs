using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Reception;
using CitizenVoice.Core.Reports;
using CitizenVoice.Core.Units;
using CitizenVoice.Reports.Reception;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Reception;

/// <summary>The reception book (sổ tiếp công dân) of the officer's unit for a date range: printable, and exported to XLSX.</summary>
public sealed class BookModel(ICitizenVoiceDb db, UnitNameCache unitNames, ReceptionBookXlsx xlsx, AuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>A year of visits is a few thousand lines at a busy office; more is a mistake in the dates.</summary>
    public const int MaxDays = 366;

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string? RangeError { get; private set; }

    public string UnitName { get; private set; } = "";

    public IReadOnlyList<ReceptionBookLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(string? from, string? to, CancellationToken cancellationToken)
    {
        await LoadAsync(from, to, cancellationToken);
    }

    /// <summary>The same lines as an XLSX file; denouncers' identities stay masked there too. Audited as an export.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(string? from, string? to, CancellationToken cancellationToken)
    {
        await LoadAsync(from, to, cancellationToken);
        var scope = HttpContext.StaffScope();
        var parentCode = UnitCodes.ParentOf(scope.UnitCode);
        var parent = parentCode is null ? null : await unitNames.NameAsync(parentCode, cancellationToken);
        var book = new ReceptionBook(parent, UnitName, From, To, Lines.Select(ToEntry).ToList());
        var output = new MemoryStream();
        xlsx.Write(book, output);
        await audit.RecordAsync(scope, AuditActions.Export, "reception-book", scope.UnitCode,
            $"Xuất sổ tiếp công dân từ {From:dd/MM/yyyy} đến {To:dd/MM/yyyy}: {Lines.Count} lượt", cancellationToken);
        output.Position = 0;
        return File(output, xlsx.ContentType, $"so-tiep-cong-dan-{From:yyyyMMdd}-{To:yyyyMMdd}{xlsx.FileExtension}");
    }

    private static ReceptionEntry ToEntry(ReceptionBookLine line)
    {
        var visit = line.Visit;
        var person = visit.Representative;
        var notes = string.Join("; ", new[] { visit.HandlingNote, $"Mã {TrackingCode.Format(line.TrackingCode)}", $"Cán bộ tiếp: {visit.OfficerName}", visit.Channel.Label() }
            .Where(n => !string.IsNullOrEmpty(n)));
        return new ReceptionEntry(DateOnly.FromDateTime(FormDates.ToVietnam(visit.VisitedAt).DateTime), person.FullName, person.Address ?? "", person.IdNumber,
            line.Title, line.Kind, visit.Headcount, visit.DocumentLines.Count == 0 ? null : string.Join("; ", visit.DocumentLines), ReportHandling(visit.Handling), notes);
    }

    private static Core.Reports.ReceptionHandling ReportHandling(Core.Reception.ReceptionHandling handling) => handling switch
    {
        Core.Reception.ReceptionHandling.Guided => Core.Reports.ReceptionHandling.Guided,
        Core.Reception.ReceptionHandling.Forwarded => Core.Reports.ReceptionHandling.Forwarded,
        Core.Reception.ReceptionHandling.AnsweredDirectly => Core.Reports.ReceptionHandling.AnsweredOnTheSpot,
        _ => Core.Reports.ReceptionHandling.Accepted,
    };

    internal async Task LoadAsync(string? from, string? to, CancellationToken cancellationToken)
    {
        var today = FormDates.TodayInVietnam(clock);
        From = FormDates.ParseDate(from) ?? new DateOnly(today.Year, today.Month, 1);
        To = FormDates.ParseDate(to) ?? today;
        if (!string.IsNullOrWhiteSpace(from) && FormDates.ParseDate(from) is null || !string.IsNullOrWhiteSpace(to) && FormDates.ParseDate(to) is null)
        {
            RangeError = "Ngày không đúng định dạng ngày/tháng/năm; đang hiển thị khoảng ngày mặc định.";
        }

        if (To < From)
        {
            (From, To) = (To, From);
        }

        if (To.DayNumber - From.DayNumber > MaxDays)
        {
            RangeError = $"Mỗi lần xem tối đa {MaxDays} ngày; đã rút lại còn {MaxDays} ngày kể từ ngày bắt đầu.";
            To = From.AddDays(MaxDays);
        }

        var scope = HttpContext.StaffScope();
        UnitName = await unitNames.NameAsync(scope.UnitCode, cancellationToken);
        var start = FormDates.At(From, TimeOnly.MinValue);
        var end = FormDates.At(To.AddDays(1), TimeOnly.MinValue);
        // The book is the unit's own register: an administrator of a province sees the province office's book, not every commune's.
        var unit = scope.UnitCode;
        var visits = await db.ReceptionVisits.AsNoTracking().Include(v => v.People)
            .Where(v => v.UnitCode == unit && v.VisitedAt >= start && v.VisitedAt < end)
            .OrderBy(v => v.VisitedAt)
            .ToListAsync(cancellationToken);
        var ids = visits.Select(v => v.SubmissionId).ToList();
        var submissions = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.TrackingCode, s.Kind, s.Title, s.Status })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        Lines = visits.Select((v, i) =>
        {
            var s = submissions[v.SubmissionId];
            return new ReceptionBookLine(i + 1, v, s.TrackingCode, s.Kind, s.Title, s.Status);
        }).ToList();
    }
}
