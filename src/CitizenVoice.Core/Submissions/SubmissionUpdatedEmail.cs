using System.Globalization;
using System.Text;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;

namespace CitizenVoice.Core.Submissions;

/// <summary>
/// Tells a citizen who left an email that their item moved on: the same note the status lookup shows. It goes to the
/// submitter only; nothing is ever sent to the person a denunciation accuses.
/// </summary>
public static class SubmissionUpdatedEmail
{
    public static OutboxEmail Create(Submission submission, SubmissionStatusChange step, string? details, PortalOptions portal, DateTimeOffset now)
    {
        var email = submission.Submitter.Email ?? throw new InvalidOperationException("The submission has no email address.");
        var code = TrackingCode.Format(submission.TrackingCode);
        var baseUrl = portal.PublicBaseUrl.TrimEnd('/');
        var at = step.At.ToOffset(VietnamTime.Offset);
        var kind = submission.Kind.Label().ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {submission.Submitter.FullName ?? "Ông/Bà"},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{portal.OrganisationName} xin thông báo tình trạng xử lý {kind} mã {code} (\"{submission.Title}\"):")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Trạng thái: {submission.Status.Label()} (lúc {at:HH:mm} ngày {at:dd/MM/yyyy})")
            .AppendLine(step.PublicNote);
        if (!string.IsNullOrWhiteSpace(details))
        {
            body.AppendLine().AppendLine(details);
        }

        body.AppendLine()
            .AppendLine("Ông/Bà có thể xem toàn bộ quá trình xử lý tại:")
            .AppendLine(CultureInfo.InvariantCulture, $"{baseUrl}/tra-cuu?ma={submission.TrackingCode}")
            .AppendLine()
            .AppendLine("Đây là thư tự động, xin đừng trả lời thư này.");
        return new OutboxEmail(email, submission.Submitter.FullName, $"Cập nhật tình trạng {kind} - mã tra cứu {code}: {submission.Status.Label()}",
            body.ToString(), now, submission.Id);
    }
}
