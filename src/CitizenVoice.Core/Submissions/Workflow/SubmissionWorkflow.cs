using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Core.Submissions.Workflow;

/// <summary>
/// The frame every workflow use case runs in, so that pages and the API share one path: find the item within the
/// actor's scope (404 otherwise), check the role and the form's version, apply the entity's rule, then in one save the
/// history note, the clocks, the audit entry and the citizen's email; a concurrent edit is refused, never overwritten.
/// </summary>
public sealed class SubmissionWorkflow(
    ICitizenVoiceDb db, SubmissionClocks clocks, AuditLog audit, IOutboxSignal outboxSignal, IOptions<PortalOptions> portal, TimeProvider clock)
{
    public static bool MayProcess(StaffScope actor, Submission submission) =>
        actor.HasAnyRole(StaffRoles.Processor, StaffRoles.Administrator) && actor.Governs(submission.OwnerUnitCode);

    public static bool MayAnswer(StaffScope actor, Submission submission) =>
        MayProcess(actor, submission)
        || (submission.AssignedUnitCode is not null && submission.AssignedUnitCode == actor.UnitCode
            && actor.HasAnyRole(StaffRoles.AgencyResponder, StaffRoles.Processor, StaffRoles.Administrator));

    public async Task<WorkflowResult> RunAsync(
        Guid submissionId, int version, StaffScope actor, WorkflowRight permission,
        Func<WorkflowStep, CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null || !actor.CanSee(submission.OwnerUnitCode, submission.AssignedUnitCode))
        {
            return new WorkflowResult(WorkflowOutcome.NotFound, new ValidationErrors());
        }

        var allowed = permission == WorkflowRight.Process ? MayProcess(actor, submission) : MayAnswer(actor, submission);
        if (!allowed)
        {
            return new WorkflowResult(WorkflowOutcome.Forbidden, new ValidationErrors(), submission);
        }

        if (submission.Version != version)
        {
            return Conflict();
        }

        var step = new WorkflowStep(submission, actor, clock.GetUtcNow());
        var statusBefore = submission.Status;
        var historyBefore = submission.History.Count;
        try
        {
            await apply(step, cancellationToken);
        }
        catch (SubmissionRuleException rule)
        {
            step.Errors.Add(rule.Field, rule.Message);
        }

        if (!step.Errors.IsEmpty)
        {
            db.DiscardChanges();
            return new WorkflowResult(WorkflowOutcome.Invalid, step.Errors, submission);
        }

        if (submission.Status != statusBefore)
        {
            await clocks.OnStatusEnteredAsync(submission, submission.Status, step.Now, cancellationToken);
        }

        if (step.RecomputeClocks)
        {
            await clocks.RecomputeAsync(submission, cancellationToken);
        }

        // History is not loaded for a step; new notes are added to the context explicitly rather than by graph discovery.
        var notes = submission.History.Skip(historyBefore).ToList();
        foreach (var note in notes)
        {
            db.SubmissionStatusChanges.Add(note);
        }

        audit.Add(actor, step.AuditAction, "submission", submission.Id.ToString(), step.AuditDetails);
        OutboxEmail? email = null;
        if (step.NotifyCitizen && notes.Count > 0 && submission.Submitter.Email is not null)
        {
            email = SubmissionUpdatedEmail.Create(submission, notes[^1], step.EmailDetails, portal.Value, step.Now);
            db.OutboxEmails.Add(email);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return Conflict();
        }

        if (email is not null)
        {
            outboxSignal.EmailQueued(email.Id);
        }

        return new WorkflowResult(WorkflowOutcome.Done, step.Errors, submission);
    }

    private static WorkflowResult Conflict()
    {
        var errors = new ValidationErrors();
        errors.Add("version", WorkflowResult.ConflictMessage);
        return new WorkflowResult(WorkflowOutcome.Conflict, errors);
    }
}
