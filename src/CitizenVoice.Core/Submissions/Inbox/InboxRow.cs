using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Routing;

namespace CitizenVoice.Core.Submissions.Inbox;

/// <summary>One line of the inbox. No contact details; for a denunciation not even the name (<see cref="SubmitterName"/> is null).</summary>
public sealed record InboxRow(
    Guid Id,
    string TrackingCode,
    string Title,
    SubmissionKind Kind,
    SubmissionChannel Channel,
    SubmissionStatus Status,
    DateTimeOffset ReceivedAt,
    string? TopicCode,
    RoutingStatus RoutingStatus,
    string CommuneCode,
    string? SubmitterName,
    string OwnerUnitCode,
    string? AssignedUnitCode,
    string? AssignedStaffName,
    DateOnly? NextDueOn,
    DeadlineStatus? Due);
