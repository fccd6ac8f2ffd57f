using System.Collections.Concurrent;
using CitizenVoice.Core.Email;

namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>Records sent messages; can be told to fail, to simulate an SMTP outage.</summary>
public sealed class FakeEmailSender : IEmailSender
{
    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public bool Fail { get; set; }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new IOException("SMTP server unreachable (simulated)");
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
