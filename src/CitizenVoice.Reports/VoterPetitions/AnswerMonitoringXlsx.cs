using CitizenVoice.Core.Reports;
using CitizenVoice.Reports.Common;
using CitizenVoice.Reports.Spreadsheet;

namespace CitizenVoice.Reports.VoterPetitions;

/// <summary>Per agency: items forwarded, answered, unanswered and overdue, with the answer rate.</summary>
public sealed class AnswerMonitoringXlsx : XlsxReportWriter<AnswerMonitoringReport>
{
    public override void Write(AnswerMonitoringReport model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = new XlsxWorkbook(output);
        var sheet = workbook.AddSheet("Theo dõi trả lời", [6, 44, 14, 14, 14, 14, 14], landscape: false);
        sheet.Banner(model.Body.ToUpperInvariant(), XlsxStyle.Body);
        sheet.Banner(model.Title.ToUpperInvariant(), XlsxStyle.Title, 40);
        sheet.Banner($"(Số liệu tính đến ngày {VietnameseDates.Short(model.AsOf)})", XlsxStyle.Subtitle);
        sheet.Blank();
        sheet.Headings("STT", "Cơ quan", "Số kiến nghị được chuyển", "Đã trả lời", "Chưa trả lời", "Quá hạn", "Tỷ lệ trả lời");
        var n = 0;
        foreach (var a in model.Agencies.OrderByDescending(a => a.Overdue).ThenBy(a => a.Agency, StringComparer.Ordinal))
        {
            sheet.Values(false, ++n, a.Agency, a.Forwarded, a.Answered, a.Unanswered, a.Overdue, Rate(a.Answered, a.Forwarded));
        }

        var forwarded = model.Agencies.Sum(a => a.Forwarded);
        var answered = model.Agencies.Sum(a => a.Answered);
        sheet.Values(true, null, "Tổng cộng", forwarded, answered, forwarded - answered, model.Agencies.Sum(a => a.Overdue), Rate(answered, forwarded));
    }

    private static double Rate(int answered, int forwarded) => forwarded == 0 ? 0 : (double)answered / forwarded;
}
