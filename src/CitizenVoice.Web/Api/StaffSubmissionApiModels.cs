namespace CitizenVoice.Web.Api;

/// <summary>GET /api/v1/staff/submissions answer: one page of the inbox.</summary>
public sealed record StaffSubmissionListResponse(
    IReadOnlyList<StaffSubmissionSummary> Items, int Total, int Page, int PageCount, int PageSize, IReadOnlyDictionary<string, int> CountsByStatus);

/// <summary>One inbox row. <paramref name="SubmitterName"/> is null for denunciations.</summary>
public sealed record StaffSubmissionSummary(
    Guid Id, string TrackingCode, string Title, string Kind, string Channel, string Status, string StatusLabel, DateTimeOffset ReceivedAt,
    string? TopicCode, string RoutingStatus, string ProvinceCommune, string? SubmitterName, string OwnerUnitCode, string? AssignedUnitCode,
    string? AssignedStaffName, DateOnly? DueOn, string? DeadlineState);

/// <summary>One item for staff. Contact details are masked; a denouncer's identity is replaced by a notice.</summary>
public sealed record StaffSubmissionDetail(
    Guid Id, string TrackingCode, int Version, string Kind, string Channel, string Status, string StatusLabel, string Title, string Content,
    DateTimeOffset ReceivedAt, string ProvinceCode, string CommuneCode, string OwnerUnitCode, string? AssignedUnitCode,
    string? AssignedStaffUserId, string? AssignedStaffName, string Complexity, Guid? DuplicateOfId, StaffSubmitterView Submitter,
    StaffRoutingView Routing, IReadOnlyList<StaffDeadlineView> Deadlines, IReadOnlyList<StaffHistoryView> History, string? AnswerText,
    IReadOnlyList<StaffAttachmentView> Attachments);

/// <summary>A file of the item: <paramref name="Kind"/> is "submitted" (the submitter's) or "answer" (recorded with the answer); downloads are audited.</summary>
public sealed record StaffAttachmentView(Guid Id, string Kind, string FileName, string ContentType, long SizeBytes, string DownloadUrl);

public sealed record StaffAntiforgeryToken(string HeaderName, string Token);

public sealed record StaffSubmitterView(bool IdentityConfidential, string? FullName, string? Phone, string? Email, string? IdNumber, string? Address, string? Notice);

public sealed record StaffRoutingView(string? TopicCode, string? CompetenceLevel, string? AgencyCode, float? Confidence, string Status);

/// <summary>A statutory clock; <paramref name="CancelReason"/> is set when it stopped because the item's kind was corrected.</summary>
public sealed record StaffDeadlineView(
    Guid Id, string RuleId, string Label, DateOnly StartDate, DateOnly DueDate, string BasisText, bool Open, string? State, int? WorkingDaysLeft, string? CancelReason);

public sealed record StaffHistoryView(string Status, string StatusLabel, DateTimeOffset At, string Note);

/// <summary>Body of the steps that need only the item's version (start, accept).</summary>
public sealed record StaffVersionRequest(int Version);

public sealed record StaffEligibilityRequest(int Version, bool Eligible, bool AnonymousOrFalseName = false, bool AnonymousWithEvidence = false, string? Reason = null);

public sealed record StaffDuplicateRequest(int Version, string? MasterTrackingCode, string? Note = null);

public sealed record StaffForwardRequest(int Version, string? UnitCode, string? Note = null);

public sealed record StaffGuideRequest(int Version, string? Guidance);

public sealed record StaffArchiveRequest(int Version, string? Reason);

public sealed record StaffAssignRequest(int Version, string? StaffUserId);

public sealed record StaffComplexityRequest(int Version, string? Complexity, string? Reason);

public sealed record StaffExtendRequest(int Version, string? DocumentNumber, DateOnly? DecidedOn, int? Days);

public sealed record StaffKindRequest(int Version, string? Kind, string? Reason, string? ComplaintSubject = null, DateOnly? ComplaintLearnedOn = null);

public sealed record StaffAnswerRequest(int Version, string? Answer, string? DocumentNumber = null, DateOnly? DocumentDate = null);
