namespace CitizenVoice.Web.Api;

/// <summary>POST /api/v1/submissions body.</summary>
/// <param name="Kind">kien-nghi, phan-anh, khieu-nai or to-cao.</param>
/// <param name="CommuneCode">The official 5-digit commune code (a name is accepted too).</param>
/// <param name="Anonymous">Only feedback (phan-anh) may be anonymous.</param>
/// <param name="Consent">Must be true: consent to personal-data processing under the privacy notice.</param>
/// <param name="ComplaintSubject">Complaints: the decision or act complained of.</param>
/// <param name="ComplaintLearnedOn">Complaints: the date the complainant learned of it (yyyy-MM-dd).</param>
public sealed record SubmissionCreateRequest(
    string? Kind,
    string? Title,
    string? Content,
    string? ProvinceCode,
    string? CommuneCode,
    string? Address,
    SubmitterRequest? Submitter,
    bool Anonymous,
    bool Consent,
    string? ComplaintSubject = null,
    DateOnly? ComplaintLearnedOn = null);

public sealed record SubmitterRequest(string? FullName, string? Phone, string? Email, string? IdNumber);

/// <summary>201 answer to a new (or replayed) submission.</summary>
public sealed record SubmissionCreatedResponse(string TrackingCode, string Status, string StatusLabel, DateTimeOffset ReceivedAt);

/// <summary>Status of a submission as its submitter may see it: no personal data.</summary>
public sealed record SubmissionStatusResponse(
    string TrackingCode,
    string Kind,
    string Title,
    string Status,
    string StatusLabel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<SubmissionHistoryEntry> History,
    SubmissionAnswerView? Answer);

public sealed record SubmissionHistoryEntry(string Status, string StatusLabel, DateTimeOffset At, string Note);

/// <summary>
/// The answer's reference and documents (the answer's text is the note of the answered step in the history). Each
/// download link carries a signed token that works for <c>AttachmentLinks.Lifetime</c>; ask for the status again for fresh ones.
/// </summary>
public sealed record SubmissionAnswerView(string? DocumentNumber, DateOnly? DocumentDate, IReadOnlyList<AnswerDocumentView> Documents);

public sealed record AnswerDocumentView(string FileName, string ContentType, long SizeBytes, string DownloadUrl);
