using System.Globalization;
using CitizenVoice.Core.Reports;
using CitizenVoice.Reports.Common;
using CitizenVoice.Reports.Word;

namespace CitizenVoice.Reports.VoterPetitions;

/// <summary>
/// "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri" of a delegation before or after a session, as a DOCX in the
/// Nghị định 30/2020 format, parts in the order of NQLT 72/2025. Item numbers and counts match the appendix
/// written by <see cref="OpinionsAppendixXlsx"/> from the same model.
/// </summary>
public sealed class PreSessionReportDocx : DocxReportWriter<VoterPetitionReport>
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"(5 lượt ý kiến tại 3 cuộc tiếp xúc, 3 xã, phường)".</summary>
    public static string CountsText(ConsolidatedItem item) => string.Create(
        CultureInfo.InvariantCulture,
        $"({item.OpinionCount} lượt ý kiến tại {item.MeetingCount} cuộc tiếp xúc, {item.CommuneCount} xã, phường)");

    public override void Write(VoterPetitionReport model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var doc = new AdministrativeDocx(output);
        doc.Header(model.Header);
        doc.Title("Báo cáo", model.Subject);
        foreach (var paragraph in model.Preamble)
        {
            doc.Paragraph(paragraph);
        }

        doc.Heading("I. TÌNH HÌNH TỔ CHỨC TIẾP XÚC CỬ TRI");
        var m = model.Meetings;
        var period = m.From == m.To
            ? string.Concat("N", VietnameseDates.Long(m.From).AsSpan(1))
            : $"Từ {VietnameseDates.Long(m.From)} đến {VietnameseDates.Long(m.To)}";
        doc.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{period}, {m.Organisers} đã tổ chức {m.MeetingCount} cuộc tiếp xúc cử tri tại {m.CommuneCount} xã, phường, với {m.VoterCount.ToString("#,0", Vietnamese)} lượt cử tri tham dự."));
        if (m.Deputies.Count > 0)
        {
            doc.Paragraph($"Đại biểu Quốc hội tham gia tiếp xúc cử tri: {string.Join("; ", m.Deputies)}.");
        }

        foreach (var remark in m.Remarks)
        {
            doc.Paragraph(remark);
        }

        doc.Heading("II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI");
        doc.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"Qua tổng hợp, cử tri đã nêu {model.OpinionCount} lượt ý kiến, kiến nghị; sau khi rà soát, hợp nhất các ý kiến trùng nhau, Đoàn tổng hợp thành {model.AllItems.Count()} nhóm kiến nghị, cụ thể như sau:"));
        doc.Heading("A. Ý KIẾN CHUNG CỦA CỬ TRI");
        foreach (var paragraph in model.GeneralOpinions)
        {
            doc.Paragraph(paragraph);
        }

        Section(doc, "B. KIẾN NGHỊ THUỘC THẨM QUYỀN CỦA CÁC CƠ QUAN TRUNG ƯƠNG", model.CentralItems);
        Section(doc, "C. KIẾN NGHỊ THUỘC THẨM QUYỀN CỦA ĐỊA PHƯƠNG", model.LocalItems);

        doc.Heading("III. ĐỀ XUẤT, KIẾN NGHỊ");
        foreach (var paragraph in model.Proposals)
        {
            doc.Paragraph(paragraph);
        }

        doc.Closing(model.Signature, model.Recipients);
    }

    private static void Section(AdministrativeDocx doc, string heading, IReadOnlyList<PetitionGroup> groups)
    {
        doc.Heading(heading);
        if (groups.Count == 0)
        {
            doc.Paragraph("Không có kiến nghị thuộc nhóm này.");
            return;
        }

        for (var g = 0; g < groups.Count; g++)
        {
            doc.Heading(string.Create(CultureInfo.InvariantCulture, $"{g + 1}. {groups[g].Title}"));
            foreach (var item in groups[g].Items)
            {
                doc.Paragraph(
                    AdministrativeDocx.Text(string.Create(CultureInfo.InvariantCulture, $"Kiến nghị {item.Number}. "), AdministrativeDocx.BodySize, bold: true),
                    AdministrativeDocx.Text(item.Summary.TrimEnd() + " ", AdministrativeDocx.BodySize),
                    AdministrativeDocx.Text(CountsText(item), AdministrativeDocx.BodySize, italic: true));
            }
        }
    }
}
