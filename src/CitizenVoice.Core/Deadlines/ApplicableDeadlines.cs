using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Which clocks start when a submission enters a status; the start date is the date of that step.
/// Choices, kept small on purpose:
/// <list type="bullet">
/// <item>Every letter gets XLD on receipt (TT 05/2021 applies to all letters), beside its kind's own receipt clock:
/// KN1-ACCEPT for a complaint, TC-INIT for a denunciation.</item>
/// <item>On acceptance (thụ lý): KN1-RESOLVE for a complaint; TC-NOTIFY and TC-RESOLVE for a denunciation.</item>
/// <item>Recommendations and feedback have no statutory resolution limit once accepted or forwarded: the receiving
/// body's answer is tracked without a clock (CT-ANSWER belongs to the voter-petition workflow, TCD-REPLY to reception
/// sessions).</item>
/// <item>Not started here: TC-FORWARD (replaces TC-INIT once staff find a denunciation outside their competence),
/// KN-LIMIT (checked at intake against <c>Submission.ComplaintLearnedOn</c>), and KN2-* (a second complaint is a new
/// letter; the kind does not say which level it is, so the escalation use case picks those rules).</item>
/// </list>
/// </summary>
public static class ApplicableDeadlines
{
    public static IReadOnlyList<string> For(SubmissionKind kind, SubmissionStatus enteredStatus) => (enteredStatus, kind) switch
    {
        (SubmissionStatus.Received, SubmissionKind.Complaint) =>
            [DeadlineRules.LetterProcessing, DeadlineRules.FirstComplaintAcceptance],
        (SubmissionStatus.Received, SubmissionKind.Denunciation) =>
            [DeadlineRules.LetterProcessing, DeadlineRules.DenunciationInitialProcessing],
        (SubmissionStatus.Received, _) => [DeadlineRules.LetterProcessing],
        (SubmissionStatus.Accepted, SubmissionKind.Complaint) => [DeadlineRules.FirstComplaintResolution],
        (SubmissionStatus.Accepted, SubmissionKind.Denunciation) =>
            [DeadlineRules.DenunciationNotice, DeadlineRules.DenunciationResolution],
        _ => [],
    };
}
