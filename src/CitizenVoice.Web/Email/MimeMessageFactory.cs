using CitizenVoice.Core.Email;
using MimeKit;

namespace CitizenVoice.Web.Email;

internal static class MimeMessageFactory
{
    /// <summary>The Message-Id is derived from the outbox row, so a resend after a crash is recognisable as the same message.</summary>
    public static MimeMessage Create(EmailMessage message, string from)
    {
        var mime = new MimeMessage
        {
            MessageId = $"{message.Id:N}@citizenvoice",
            Subject = message.Subject,
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.TextBody },
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        return mime;
    }
}
