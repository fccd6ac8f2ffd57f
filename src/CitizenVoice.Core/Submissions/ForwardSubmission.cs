using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions.Workflow;
using CitizenVoice.Core.Units;

namespace CitizenVoice.Core.Submissions;

public sealed record ForwardSubmissionRequest(Guid SubmissionId, int Version, string? UnitCode, string? Note);

/// <summary>
/// Chuyển đơn: sends the item to the competent body. The item becomes visible to that unit (AssignedUnitCode), whose
/// responders answer it; the forwarding body (the actor's unit) is recorded to be told the outcome.
/// </summary>
public sealed class ForwardSubmission(SubmissionWorkflow workflow, UnitDirectory units)
{
    /// <summary>The unit the routing points at: the agency type at the item's own level and place, e.g. SXD in Hà Nội → "01.SXD".</summary>
    public static string? DefaultUnitCode(Submission submission, AgencyCatalog agencies)
    {
        if (submission.AgencyCode is not { } code || agencies.Find(code) is not { } agency)
        {
            return null;
        }

        if (agency.IsCentral)
        {
            return UnitCodes.CentralBody(code);
        }

        return agency.IsCommunal
            ? UnitCodes.CommuneBody(submission.ProvinceCode, submission.CommuneCode, code)
            : UnitCodes.ProvinceBody(submission.ProvinceCode, code);
    }

    public Task<WorkflowResult> ExecuteAsync(ForwardSubmissionRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, async (step, ct) =>
        {
            var note = TextField.Clean(request.Note, "note", "ghi chú chuyển đơn", Submission.ReasonMaxLength, step.Errors, multiline: true);
            var code = request.UnitCode?.Trim();
            var unit = string.IsNullOrEmpty(code) || code.Length > UnitCodes.MaxLength ? null : await units.EnsureAsync(code, ct);
            if (unit is null)
            {
                step.Errors.Add("unitCode", "Vui lòng chọn cơ quan, đơn vị nhận đơn trong danh mục.");
                return;
            }

            if (!unit.IsActive)
            {
                step.Errors.Add("unitCode", "Đơn vị này đã ngừng hoạt động; vui lòng chọn đơn vị khác.");
                return;
            }

            if (!step.Errors.IsEmpty)
            {
                return;
            }

            step.Submission.Forward(unit.Code, unit.Name, actor.UnitCode, note, actor.UserId, step.Now);
            step.AuditAction = Audit.AuditActions.Assign;
            step.AuditDetails = $"Chuyển đơn đến {unit.Name} ({unit.Code})";
        }, cancellationToken);
}
