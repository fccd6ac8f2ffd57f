using CitizenVoice.Core.Reports;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Reports.Common;
using CitizenVoice.Reports.Spreadsheet;

namespace CitizenVoice.Reports.Reception;

/// <summary>"Sổ tiếp công dân" of one body for a period, one row per visit.</summary>
public sealed class ReceptionBookXlsx : XlsxReportWriter<ReceptionBook>
{
    /// <summary>Shown instead of a denouncer's name, address and identity number.</summary>
    public const string Concealed = "(Giữ bí mật theo Luật Tố cáo)";

    public override void Write(ReceptionBook model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = new XlsxWorkbook(output);
        var sheet = workbook.AddSheet("Sổ tiếp công dân", [5, 11, 18, 24, 14, 44, 11, 7, 20, 12, 16], landscape: true);
        if (!string.IsNullOrWhiteSpace(model.ParentBody))
        {
            sheet.Banner(model.ParentBody.ToUpperInvariant(), XlsxStyle.Body);
        }

        sheet.Banner(model.Body.ToUpperInvariant(), XlsxStyle.Body);
        sheet.Banner("SỔ TIẾP CÔNG DÂN", XlsxStyle.Title);
        sheet.Banner($"Từ ngày {VietnameseDates.Short(model.From)} đến ngày {VietnameseDates.Short(model.To)}", XlsxStyle.Subtitle);
        sheet.Blank();
        sheet.Headings("STT", "Ngày tiếp", "Họ và tên", "Địa chỉ", "Số CCCD/ Hộ chiếu", "Nội dung vụ việc", "Phân loại", "Số người", "Tài liệu, giấy tờ cung cấp", "Hướng xử lý", "Ghi chú");
        var n = 0;
        foreach (var e in model.Entries.OrderBy(e => e.Date))
        {
            var conceal = e.Kind == SubmissionKind.Denunciation && !model.RevealDenouncerIdentity;
            sheet.Values(false, ++n, e.Date, conceal ? Concealed : e.FullName, conceal ? Concealed : e.Address, conceal ? null : e.IdNumber,
                e.ContentSummary, e.Kind.Label(), e.PeopleCount, e.DocumentsReceived, e.Handling.Label(), e.Notes);
        }

        sheet.Values(true, null, "Tổng cộng", $"{model.Entries.Count} lượt tiếp", null, null, null, null, model.PeopleCount, null, null, null);
    }
}
