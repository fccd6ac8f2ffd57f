using System.Globalization;
using System.Text;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;

namespace CitizenVoice.Core.Submissions;

/// <summary>The receipt emailed to a citizen who gave an email address: tracking code, lookup link, what happens next.</summary>
public static class SubmissionReceivedEmail
{
    public static OutboxEmail Create(Submission submission, PortalOptions portal, DateTimeOffset now)
    {
        var email = submission.Submitter.Email ?? throw new InvalidOperationException("The submission has no email address.");
        var code = TrackingCode.Format(submission.TrackingCode);
        var baseUrl = portal.PublicBaseUrl.TrimEnd('/');
        var vietnamTime = submission.ReceivedAt.ToOffset(TimeSpan.FromHours(7));
        var kind = submission.Kind.Label().ToLower(CultureInfo.GetCultureInfo("vi-VN"));

        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {submission.Submitter.FullName ?? "Ông/Bà"},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{portal.OrganisationName} đã tiếp nhận {kind} của Ông/Bà lúc {vietnamTime:HH:mm} ngày {vietnamTime:dd/MM/yyyy}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Mã tra cứu: {code}")
            .AppendLine(CultureInfo.InvariantCulture, $"Tiêu đề: {submission.Title}")
            .AppendLine()
            .AppendLine("Ông/Bà có thể theo dõi tình trạng xử lý tại:")
            .AppendLine(CultureInfo.InvariantCulture, $"{baseUrl}/tra-cuu?ma={submission.TrackingCode}")
            .AppendLine("(nhập mã tra cứu cùng số điện thoại hoặc email đã cung cấp khi gửi).")
            .AppendLine()
            .AppendLine(LegalTimeLimits.NextStepsText(submission.Kind))
            .AppendLine()
            .AppendLine("Vui lòng giữ mã tra cứu này và không chia sẻ cho người khác.")
            .AppendLine("Đây là thư tự động, xin đừng trả lời thư này.")
            .AppendLine()
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"We have received your submission. Tracking code: {code}. Status: {baseUrl}/tra-cuu?ma={submission.TrackingCode}")
            .ToString();

        return new OutboxEmail(
            email,
            submission.Submitter.FullName,
            $"Đã tiếp nhận {kind} - mã tra cứu {code}",
            body,
            now,
            submission.Id);
    }
}
