namespace CitizenVoice.Core.Submissions;

/// <summary>
/// Remembers an API `Idempotency-Key`: a retry with the same key and the same body returns the first submission;
/// the same key with another body is refused.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 100;

    public IdempotencyRecord(string key, string requestHash, Guid submissionId, DateTimeOffset createdAt)
    {
        Key = key;
        RequestHash = requestHash;
        SubmissionId = submissionId;
        CreatedAt = createdAt;
    }

    public string Key { get; private set; }

    /// <summary>SHA-256 of the canonical request, hex.</summary>
    public string RequestHash { get; private set; }

    public Guid SubmissionId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
