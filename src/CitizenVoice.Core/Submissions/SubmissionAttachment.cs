namespace CitizenVoice.Core.Submissions;

/// <summary>A file of a submission (the submitter's or the answer's); the bytes live in an <see cref="Attachments.IAttachmentStore"/>.</summary>
public sealed class SubmissionAttachment
{
    public const int MaxCount = 5;
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int FileNameMaxLength = 200;

    public SubmissionAttachment(Guid submissionId, string fileName, string contentType, long sizeBytes, string storageKey, string sha256,
        SubmissionAttachmentKind kind = SubmissionAttachmentKind.Submitted)
    {
        Id = Guid.NewGuid();
        SubmissionId = submissionId;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        StorageKey = storageKey;
        Sha256 = sha256;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    public SubmissionAttachmentKind Kind { get; private set; }

    /// <summary>The name the uploader gave the file (cleaned); never used as a path.</summary>
    public string FileName { get; private set; }

    /// <summary>Detected from the content, not from the name.</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string StorageKey { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>
    /// What the status lookup may show the submitter: their own files and the answer's documents. Listed rather than
    /// "everything", so a staff-only kind added later stays out of the portal unless someone decides otherwise here.
    /// </summary>
    public bool IsShownToSubmitter => Kind is SubmissionAttachmentKind.Submitted or SubmissionAttachmentKind.Answer;
}
