namespace CitizenVoice.Core.Submissions.Inbox;

/// <summary>One page of the inbox with the total and the counts per status under the same filters (status aside).</summary>
public sealed record InboxPage(
    IReadOnlyList<InboxRow> Rows,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyDictionary<SubmissionStatus, int> CountsByStatus,
    bool IsTrackingCodeSearch);
