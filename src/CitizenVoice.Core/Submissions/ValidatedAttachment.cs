using CitizenVoice.Core.Attachments;

namespace CitizenVoice.Core.Submissions;

/// <summary>An upload that passed the content checks, buffered in memory with its hash, ready to be stored.</summary>
public sealed record ValidatedAttachment(string FileName, string ContentType, MemoryStream Content, string Sha256)
{
    /// <summary>
    /// Writes the bytes to the store and returns the row that points at them. The key is added to
    /// <paramref name="storedKeys"/> first, so the caller can remove the bytes when its commit fails.
    /// </summary>
    public async Task<SubmissionAttachment> StoreAsync(
        IAttachmentStore store, Guid submissionId, SubmissionAttachmentKind kind, ICollection<string> storedKeys, CancellationToken cancellationToken)
    {
        var storageKey = await store.SaveAsync(Content, cancellationToken);
        storedKeys.Add(storageKey);
        return new SubmissionAttachment(submissionId, FileName, ContentType, Content.Length, storageKey, Sha256, kind);
    }
}
