using CitizenVoice.Core.Reports;
using CitizenVoice.Reports.Common;
using CitizenVoice.Reports.Spreadsheet;

namespace CitizenVoice.Reports.VoterPetitions;

/// <summary>
/// Appendix of the session report: a summary sheet with the counts of every consolidated item (the same figures as
/// <see cref="PreSessionReportDocx"/> prints) and one sheet per section listing every original opinion under its
/// item number.
/// </summary>
public sealed class OpinionsAppendixXlsx : XlsxReportWriter<VoterPetitionReport>
{
    public const string SummarySheet = "Tổng hợp";
    public const string CentralSheet = "B. Trung ương";
    public const string LocalSheet = "C. Địa phương";

    public override void Write(VoterPetitionReport model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = new XlsxWorkbook(output);
        Summary(workbook.AddSheet(SummarySheet, [8, 11, 24, 60, 10, 10, 10, 22], landscape: true), model);
        Opinions(workbook.AddSheet(CentralSheet, OpinionWidths, landscape: true), model, "B. KIẾN NGHỊ THUỘC THẨM QUYỀN CỦA CÁC CƠ QUAN TRUNG ƯƠNG", model.CentralItems);
        Opinions(workbook.AddSheet(LocalSheet, OpinionWidths, landscape: true), model, "C. KIẾN NGHỊ THUỘC THẨM QUYỀN CỦA ĐỊA PHƯƠNG", model.LocalItems);
    }

    private static readonly double[] OpinionWidths = [5, 8, 11, 20, 14, 11, 16, 50, 13, 11, 20];

    private static void Banner(XlsxSheet sheet, VoterPetitionReport model, string title)
    {
        sheet.Banner(model.Header.IssuingBody.ToUpperInvariant().Replace('\n', ' '), XlsxStyle.Body);
        sheet.Banner("PHỤ LỤC", XlsxStyle.Title);
        sheet.Banner(title, XlsxStyle.Title);
        sheet.Banner($"(Kèm theo Báo cáo {ReportLabels.Reference(model.Header)}: {model.Subject})", XlsxStyle.Subtitle, 33);
        sheet.Blank();
    }

    private static void Summary(XlsxSheet sheet, VoterPetitionReport model)
    {
        Banner(sheet, model, "TỔNG HỢP KIẾN NGHỊ CỦA CỬ TRI");
        sheet.Headings("Số kiến nghị", "Thẩm quyền", "Lĩnh vực", "Nội dung kiến nghị", "Số lượt ý kiến", "Số cuộc tiếp xúc", "Số xã, phường", "Cơ quan giải quyết");
        foreach (var (section, groups) in new[] { ("Trung ương", model.CentralItems), ("Địa phương", model.LocalItems) })
        {
            foreach (var group in groups)
            {
                foreach (var item in group.Items)
                {
                    var agency = item.Opinions.GroupBy(o => o.Agency, StringComparer.Ordinal)
                        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Select(g => g.Key).FirstOrDefault();
                    sheet.Values(false, item.Number, section, group.Title, item.Summary, item.OpinionCount, item.MeetingCount, item.CommuneCount, agency);
                }
            }
        }

        var items = model.AllItems.ToList();
        sheet.Values(true, null, null, "Tổng cộng", $"{items.Count} kiến nghị", model.OpinionCount, null, null, null);
    }

    private static void Opinions(XlsxSheet sheet, VoterPetitionReport model, string title, IReadOnlyList<PetitionGroup> groups)
    {
        Banner(sheet, model, title);
        sheet.Headings("STT", "Số kiến nghị", "Ngày tiếp xúc", "Địa điểm tiếp xúc", "Xã, phường", "Tỉnh, thành phố", "Cử tri", "Nội dung ý kiến", "Lĩnh vực", "Thẩm quyền", "Cơ quan giải quyết");
        var n = 0;
        foreach (var item in groups.SelectMany(g => g.Items))
        {
            foreach (var o in item.Opinions)
            {
                sheet.Values(false, ++n, item.Number, o.Meeting.Date, o.Meeting.Place, o.CommuneName, o.ProvinceName, o.VoterName, o.Content, o.TopicName, o.Competence.Label(), o.Agency);
            }
        }
    }
}
