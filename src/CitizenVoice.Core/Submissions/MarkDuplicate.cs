using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Submissions;

public sealed record MarkDuplicateRequest(Guid SubmissionId, int Version, string? MasterTrackingCode, string? Note);

/// <summary>
/// Merges a duplicate (same sender, same content) into the earlier item: links it, files it with a note, and leaves
/// the earlier item's clocks as they are (TT 05/2021: duplicates do not restart the time limits).
/// </summary>
public sealed class MarkDuplicate(SubmissionWorkflow workflow, ICitizenVoiceDb db)
{
    public Task<WorkflowResult> ExecuteAsync(MarkDuplicateRequest request, StaffScope actor, CancellationToken cancellationToken) =>
        workflow.RunAsync(request.SubmissionId, request.Version, actor, WorkflowRight.Process, async (step, ct) =>
        {
            var note = TextField.Clean(request.Note, "note", "ghi chú", Submission.ReasonMaxLength, step.Errors, multiline: true);
            var code = TrackingCode.Normalize(request.MasterTrackingCode);
            if (code is null)
            {
                step.Errors.Add("masterTrackingCode", "Vui lòng nhập đúng mã đơn gốc (12 ký tự, ví dụ K7QM-2XPD-9RHC).");
                return;
            }

            var master = await db.Submissions.VisibleTo(actor).FirstOrDefaultAsync(s => s.TrackingCode == code, ct);
            if (master is null)
            {
                step.Errors.Add("masterTrackingCode", "Không tìm thấy đơn gốc có mã này trong phạm vi của đơn vị.");
                return;
            }

            if (!step.Errors.IsEmpty)
            {
                return;
            }

            step.Submission.MarkDuplicateOf(master, note, actor.UserId, step.Now);
            step.AuditDetails = $"Đánh dấu đơn trùng với đơn {TrackingCode.Format(master.TrackingCode)} ({master.Id}), lưu đơn";
        }, cancellationToken);
}
