using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Submissions.Workflow;

namespace CitizenVoice.Core.Submissions;

public sealed record AssignStaffRequest(Guid SubmissionId, int Version, string? StaffUserId);

/// <summary>
/// Gives the item to one staff member of the owner unit (or, inside the receiving agency, of that agency). For a
/// denunciation that person becomes the handler who may see the denouncer's identity.
/// </summary>
public sealed class AssignStaff(SubmissionWorkflow workflow, IStaffDirectory staff)
{
    public static readonly string[] AssignableRoles = [StaffRoles.Processor, StaffRoles.AgencyResponder, StaffRoles.Administrator];

    public Task<WorkflowResult> ExecuteAsync(AssignStaffRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Answer, async (step, ct) =>
        {
            var submission = step.Submission;
            var member = string.IsNullOrWhiteSpace(request.StaffUserId) ? null : await staff.FindAsync(request.StaffUserId, ct);
            var inItsUnits = member is not null && (member.UnitCode == submission.OwnerUnitCode || member.UnitCode == submission.AssignedUnitCode);
            var actorMayChoose = member is not null && (SubmissionWorkflow.MayProcess(actor, submission) || member.UnitCode == actor.UnitCode);
            if (member is null || !inItsUnits || !actorMayChoose || !AssignableRoles.Any(member.HasRole))
            {
                step.Errors.Add("staffUserId", "Vui lòng chọn cán bộ xử lý thuộc đơn vị đang giữ đơn.");
                return;
            }

            submission.AssignStaff(member.UserId, member.FullName, actor.UserId, step.Now);
            step.AuditAction = Audit.AuditActions.Assign;
            step.AuditDetails = $"Giao đơn cho cán bộ {member.FullName} ({member.UserId})";
            step.NotifyCitizen = false;
        }, cancellationToken);
}
