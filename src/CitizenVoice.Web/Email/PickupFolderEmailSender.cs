using CitizenVoice.Core.Email;

namespace CitizenVoice.Web.Email;

/// <summary>Development sender: writes each message as an .eml file (open it with any mail client).</summary>
public sealed class PickupFolderEmailSender(string folder, string from) : IEmailSender
{
    public string Folder { get; } = folder;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{message.Id:N}.eml");
        if (File.Exists(path))
        {
            return;
        }

        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await MimeMessageFactory.Create(message, from).WriteToAsync(stream, cancellationToken);
        }

        File.Move(temp, path, overwrite: true);
    }
}
