namespace CitizenVoice.Core.Email;

/// <summary>A file attached to an <see cref="EmailMessage"/>.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
