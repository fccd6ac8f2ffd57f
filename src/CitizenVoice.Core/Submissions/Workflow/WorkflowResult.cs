using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Submissions.Workflow;

public sealed record WorkflowResult(WorkflowOutcome Outcome, ValidationErrors Errors, Submission? Submission = null)
{
    public const string ConflictMessage = "Đơn vừa được người khác cập nhật. Vui lòng tải lại trang.";

    public bool Succeeded => Outcome == WorkflowOutcome.Done;
}
