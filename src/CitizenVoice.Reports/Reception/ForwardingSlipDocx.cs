using CitizenVoice.Core.Reports;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Reports.Common;
using CitizenVoice.Reports.Word;

namespace CitizenVoice.Reports.Reception;

/// <summary>
/// "Phiếu chuyển đơn" (TT 05/2021/TT-TTCP) in the Nghị định 30/2020 format. For a denunciation the sender's name and
/// address are replaced by <see cref="ConcealedSender"/>, so the slip can travel to an agency that is not the
/// competent resolver (Luật Tố cáo 2018 Art. 8, 47).
/// </summary>
public sealed class ForwardingSlipDocx : DocxReportWriter<ForwardingSlip>
{
    public const string ConcealedSender = "(Thông tin người tố cáo được giữ bí mật theo quy định của Luật Tố cáo)";

    public override void Write(ForwardingSlip model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var doc = new AdministrativeDocx(output);
        doc.Header(model.Header);
        doc.Title("Phiếu chuyển đơn", null);
        doc.CentredLine(
            AdministrativeDocx.Text("Kính gửi: ", AdministrativeDocx.BodySize),
            AdministrativeDocx.Text(model.Recipient.TrimEnd('.') + ".", AdministrativeDocx.BodySize));

        var kind = "đơn " + model.Kind.Label().ToLowerInvariant();
        var dated = model.LetterDate is { } d ? $" đề {VietnameseDates.Long(d)}" : string.Empty;
        var received = string.Concat("N", VietnameseDates.Long(model.ReceivedOn).AsSpan(1));
        if (model.ConcealsSender)
        {
            doc.Paragraph($"{received}, {model.ReceivingBody} nhận được {kind}{dated} {ConcealedSender}.");
        }
        else
        {
            var sender = string.IsNullOrWhiteSpace(model.SenderName) ? "người có đơn" : model.SenderName;
            var address = string.IsNullOrWhiteSpace(model.SenderAddress) ? string.Empty : $", địa chỉ: {model.SenderAddress.TrimEnd('.')}";
            doc.Paragraph($"{received}, {model.ReceivingBody} nhận được {kind}{dated} của {sender}{address}.");
        }

        doc.Paragraph(
            AdministrativeDocx.Text("Nội dung đơn: ", AdministrativeDocx.BodySize, bold: true),
            AdministrativeDocx.Text(model.ContentSummary.TrimEnd('.') + ".", AdministrativeDocx.BodySize));
        doc.Paragraph($"Sau khi xem xét nội dung đơn, căn cứ quy định của pháp luật, {model.ReceivingBody} chuyển {kind} đến {model.Recipient} để xem xét, giải quyết theo thẩm quyền.");
        if (model.Kind == SubmissionKind.Denunciation)
        {
            doc.Paragraph("Đề nghị cơ quan nhận đơn thực hiện việc giữ bí mật họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo theo quy định của pháp luật.");
        }

        doc.Paragraph($"Đề nghị {model.Recipient} thông báo kết quả giải quyết cho {model.ReplyTo} theo quy định của pháp luật");
        doc.Closing(model.Signature, model.Recipients);
    }
}
