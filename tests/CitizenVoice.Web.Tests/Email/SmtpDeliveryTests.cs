using CitizenVoice.Web.Tests.Api;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CitizenVoice.Web.Tests.Email;

/// <summary>Sends through MailKit to a real SMTP server on loopback (aiosmtpd, started by .ci/services.sh) and reads what it received.</summary>
public sealed class SmtpDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReceiptArrivesAtTheSmtpServerInVietnamese()
    {
        var (port, mailbox) = TestEnvironment.RequireSmtp();
        await using var app = CitizenVoiceApp.Sqlite()
            .With("Smtp:Host", "127.0.0.1")
            .With("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Smtp:Security", "None")
            .With("Smtp:From", "Ban Dân nguyện <no-reply@citizenvoice.test>")
            .UseRealEmailSender();
        using var client = app.CreateClient();
        var code = await SubmissionsApiTests.CreateAsync(client);
        var id = await app.WithDbAsync(db => db.OutboxEmails.Select(e => e.Id).SingleAsync(Ct));

        Assert.True(await EmailOutboxTests.RunSendAsync(app, id));

        var received = await WaitForMessageAsync(mailbox, $"{id:N}@citizenvoice");
        Assert.Equal("nguyenvanan@example.vn", received.To.Mailboxes.Single().Address);
        Assert.Equal("Nguyễn Văn An", received.To.Mailboxes.Single().Name);
        Assert.StartsWith("Đã tiếp nhận kiến nghị - mã tra cứu", received.Subject, StringComparison.Ordinal);
        Assert.Contains(code, received.TextBody, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Nguyễn Văn An", received.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableSmtpServerLeavesTheEmailQueuedForRetry()
    {
        TestEnvironment.RequireSmtp();
        await using var app = CitizenVoiceApp.Sqlite()
            .With("Smtp:Host", "127.0.0.1")
            .With("Smtp:Port", "9")
            .With("Smtp:Security", "None")
            .With("Smtp:TimeoutSeconds", "5")
            .UseRealEmailSender();
        using var client = app.CreateClient();
        await SubmissionsApiTests.CreateAsync(client);
        var id = await app.WithDbAsync(db => db.OutboxEmails.Select(e => e.Id).SingleAsync(Ct));

        Assert.False(await EmailOutboxTests.RunSendAsync(app, id));

        var email = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(Ct));
        Assert.Null(email.SentAt);
        Assert.Equal(1, email.Attempts);
        Assert.NotNull(email.LastError);
    }

    private static async Task<MimeMessage> WaitForMessageAsync(string mailbox, string messageId)
    {
        for (var i = 0; i < 50; i++)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(mailbox, "new")))
            {
                var message = await MimeMessage.LoadAsync(file, Ct);
                if (message.MessageId == messageId)
                {
                    return message;
                }
            }

            await Task.Delay(100, Ct);
        }

        throw new InvalidOperationException($"No message {messageId} arrived in {mailbox}.");
    }
}
