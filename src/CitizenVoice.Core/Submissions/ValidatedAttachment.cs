namespace CitizenVoice.Core.Submissions;

/// <summary>An upload that passed the content checks, buffered in memory with its hash, ready to be stored.</summary>
public sealed record ValidatedAttachment(string FileName, string ContentType, MemoryStream Content, string Sha256);
