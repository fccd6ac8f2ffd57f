namespace CitizenVoice.Core.Email;

/// <summary>
/// A file sent with an outbox email. The bytes are copied into the row, so the email sends exactly what was queued
/// even if the source (a report version) is later removed, and a retry attaches the same file again.
/// </summary>
public sealed class OutboxEmailAttachment
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 120;

    /// <summary>Mail servers commonly refuse messages over 10–25 MB; reports are far below this.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private OutboxEmailAttachment()
    {
        FileName = ContentType = "";
        Content = [];
    }

    public OutboxEmailAttachment(Guid outboxEmailId, string fileName, string contentType, byte[] content)
    {
        if (content.Length > MaxBytes)
        {
            throw new ArgumentException("Attachment too large for email.", nameof(content));
        }

        Id = Guid.CreateVersion7();
        OutboxEmailId = outboxEmailId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public Guid Id { get; private set; }

    public Guid OutboxEmailId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }

    public EmailAttachment ToAttachment() => new(FileName, ContentType, Content);
}
