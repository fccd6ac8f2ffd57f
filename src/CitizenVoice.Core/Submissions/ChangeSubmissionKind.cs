using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record ChangeSubmissionKindRequest(
    Guid SubmissionId, int Version, string? Kind, string? Reason, string? ComplaintSubject = null, DateOnly? ComplaintLearnedOn = null);

/// <summary>
/// Corrects the kind a letter was filed under (TT 05/2021: classifying the letter is the first processing step, and a
/// citizen's "kiến nghị" is often in law a complaint or a denunciation). The reason goes into the history the citizen
/// reads and into the audit log; the statutory clocks are replaced by the new kind's (NOTES section 3: deadlines are
/// recomputed when a case is reclassified).
/// </summary>
public sealed class ChangeSubmissionKind(SubmissionWorkflow workflow, SubmissionClocks clocks, TimeProvider clock)
{
    public Task<WorkflowResult> ExecuteAsync(ChangeSubmissionKindRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, async (step, ct) =>
        {
            var submission = step.Submission;
            if (!DomainCodes.TryParseKind(request.Kind, out var kind))
            {
                step.Errors.Add("kind", "Vui lòng chọn loại đơn: kiến nghị, phản ánh, khiếu nại hoặc tố cáo.");
            }

            var reason = TextField.Clean(request.Reason, "reason", "lý do sửa loại đơn", Submission.ReasonMaxLength, step.Errors, required: true, multiline: true, minLength: 5);
            string? subject = null;
            DateOnly? learnedOn = null;
            if (kind == SubmissionKind.Complaint && step.Errors.First("kind") is null)
            {
                subject = TextField.Clean(request.ComplaintSubject, "complaintSubject", "quyết định, hành vi bị khiếu nại", Submission.ComplaintSubjectMaxLength, step.Errors, required: true);
                if (request.ComplaintLearnedOn is null)
                {
                    step.Errors.Add("complaintLearnedOn", "Vui lòng nhập ngày người khiếu nại biết được quyết định, hành vi bị khiếu nại.");
                }
                else
                {
                    learnedOn = SubmissionIntake.ValidateComplaintLearnedOn(request.ComplaintLearnedOn, VietnamTime.Today(clock), step.Errors);
                }
            }

            // Leaving "tố cáo" lifts the secrecy of the denouncer's identity (Luật Tố cáo 2018 Điều 47) for the whole
            // unit, so only those who may already see it can decide that.
            if (submission.IsIdentityConfidential && !submission.IdentityVisibleTo(actor))
            {
                step.Errors.Add("kind", "Chỉ cán bộ được giao xử lý đơn tố cáo này (hoặc quản trị viên cấp trên) mới được sửa loại đơn, vì việc này bỏ chế độ bảo mật danh tính người tố cáo.");
            }

            if (reason is null || !step.Errors.IsEmpty)
            {
                return;
            }

            var before = submission.Kind;
            submission.ChangeKind(kind, reason, subject, learnedOn, actor.UserId, step.Now);
            await clocks.OnKindChangedAsync(submission, step.Now, ct);
            step.AuditAction = Audit.AuditActions.Reclassify;
            step.AuditDetails = $"Sửa loại đơn: {before.Label()} → {kind.Label()}. Lý do: {reason}";
        }, cancellationToken);
}
