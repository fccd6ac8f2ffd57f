using CitizenVoice.Core.Email;
using MimeKit;

namespace CitizenVoice.Web.Email;

internal static class MimeMessageFactory
{
    /// <summary>The Message-Id is derived from the outbox row, so a resend after a crash is recognisable as the same message.</summary>
    public static MimeMessage Create(EmailMessage message, string from)
    {
        var body = new BodyBuilder { TextBody = message.TextBody };
        foreach (var file in message.Files)
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }

        var mime = new MimeMessage
        {
            MessageId = $"{message.Id:N}@citizenvoice",
            Subject = message.Subject,
            Body = body.ToMessageBody(),
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        return mime;
    }
}
