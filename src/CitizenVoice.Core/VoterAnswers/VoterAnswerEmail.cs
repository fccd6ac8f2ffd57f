using System.Globalization;
using System.Text;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;

namespace CitizenVoice.Core.VoterAnswers;

/// <summary>Tells a citizen that the agency answered the item their opinion was compiled into.</summary>
public static class VoterAnswerEmail
{
    public static string Body(ConsolidatedItem item, PortalOptions portal)
    {
        var body = new StringBuilder()
            .AppendLine("Kính gửi Ông/Bà,")
            .AppendLine()
            .AppendLine("Ý kiến, kiến nghị Ông/Bà gửi tới Đoàn đại biểu đã được tổng hợp và chuyển đến cơ quan có thẩm quyền. Cơ quan đã trả lời như sau.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Nội dung kiến nghị: {item.Summary}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Cơ quan trả lời: {item.AnswerAgencyName}{(item.AnswerDocumentNumber is null ? "" : ", văn bản số " + item.AnswerDocumentNumber)}{(item.AnswerDate is { } date ? " ngày " + date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "")}")
            .AppendLine()
            .AppendLine(item.AnswerText)
            .AppendLine();
        if (item.IsAnswerPublished)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"Xem các trả lời cử tri đã công khai tại: {portal.PublicBaseUrl.TrimEnd('/')}/tra-loi-cu-tri").AppendLine();
        }

        return body.AppendLine("Đây là thư tự động, xin đừng trả lời thư này.").ToString();
    }
}
