using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Reports;

/// <summary>
/// "Phiếu chuyển đơn" (TT 05/2021/TT-TTCP): the receiving body forwards a letter to the competent agency and asks it
/// to resolve the matter and report the result. For a denunciation the writer never prints who sent it, whatever
/// the name and address hold (Luật Tố cáo 2018 Art. 8, 47).
/// </summary>
/// <param name="Recipient">Competent agency after "Kính gửi:": "Ủy ban nhân dân phường Trường Vinh".</param>
/// <param name="ReceivingBody">How the sender of the slip names itself in the text: "Đoàn đại biểu Quốc hội tỉnh Nghệ An".</param>
/// <param name="LetterDate">Date written on the letter, when it has one.</param>
/// <param name="ReplyTo">Who the result goes to: "Đoàn đại biểu Quốc hội tỉnh Nghệ An và người có đơn".</param>
public sealed record ForwardingSlip(
    DocumentHeader Header,
    string Recipient,
    string ReceivingBody,
    SubmissionKind Kind,
    string? SenderName,
    string? SenderAddress,
    DateOnly? LetterDate,
    DateOnly ReceivedOn,
    string ContentSummary,
    string ReplyTo,
    SignatureBlock Signature,
    RecipientList Recipients)
{
    public bool ConcealsSender => Kind == SubmissionKind.Denunciation;
}
