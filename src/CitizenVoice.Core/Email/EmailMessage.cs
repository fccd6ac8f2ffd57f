namespace CitizenVoice.Core.Email;

/// <summary>A plain-text email ready to send. The id becomes the Message-Id, so a repeated send is recognisable.</summary>
public sealed record EmailMessage(Guid Id, string ToAddress, string? ToName, string Subject, string TextBody,
    IReadOnlyList<EmailAttachment>? Attachments = null)
{
    public IReadOnlyList<EmailAttachment> Files => Attachments ?? [];
}
