namespace CitizenVoice.Core.Submissions;

/// <summary>
/// A validated, normalised submission that is ready to be stored (built by CreateSubmission, reception and demo seeding).
/// <paramref name="ReceivingUnitCode"/> is the receiving unit; null means the province's intake office.
/// </summary>
public sealed record SubmissionDraft(
    SubmissionKind Kind,
    SubmissionChannel Channel,
    string Title,
    string Content,
    string ProvinceCode,
    string CommuneCode,
    string? Address,
    Submitter Submitter,
    bool IsAnonymous,
    string? ComplaintSubject,
    DateOnly? ComplaintLearnedOn,
    string ConsentVersion,
    string? ReceivingUnitCode = null);
