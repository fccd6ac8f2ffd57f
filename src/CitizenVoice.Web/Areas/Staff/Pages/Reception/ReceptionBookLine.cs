using CitizenVoice.Core.Reception;
using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Web.Areas.Staff.Pages.Reception;

/// <summary>One numbered line of the reception book: the visit and the item it produced.</summary>
public sealed record ReceptionBookLine(int Number, ReceptionVisit Visit, string TrackingCode, SubmissionKind Kind, string Title, SubmissionStatus Status)
{
    public const string MaskedIdentity = "(Thông tin người tố cáo được giữ bí mật)";

    /// <summary>The book is read by the whole desk; a denouncer's identity only by the item's handlers (Luật Tố cáo 2018 Art. 4, 47).</summary>
    public bool IsIdentityMasked => Kind == SubmissionKind.Denunciation;
}
