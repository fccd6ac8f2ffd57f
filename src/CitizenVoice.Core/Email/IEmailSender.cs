namespace CitizenVoice.Core.Email;

/// <summary>Sends one email now (SMTP, or a pickup folder in development). Only <see cref="SendEmailJob"/> calls it.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
