namespace CitizenVoice.Core.Attachments;

/// <summary>A file as it arrives from a form: the name the client gave and a way to read the bytes.</summary>
public sealed record AttachmentUpload(string? FileName, long Length, Func<Stream> OpenReadStream);
