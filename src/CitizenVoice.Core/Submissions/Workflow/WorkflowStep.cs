using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Submissions.Workflow;

/// <summary>What one workflow step works on and reports back to <see cref="SubmissionWorkflow"/>.</summary>
public sealed class WorkflowStep(Submission submission, StaffScope actor, DateTimeOffset now)
{
    public Submission Submission { get; } = submission;

    public StaffScope Actor { get; } = actor;

    public DateTimeOffset Now { get; } = now;

    public ValidationErrors Errors { get; } = new();

    /// <summary>What the audit entry says about the step.</summary>
    public string AuditDetails { get; set; } = "";

    public string AuditAction { get; set; } = Audit.AuditActions.StatusChange;

    /// <summary>Whether the citizen is emailed the step's public note (when they left an email).</summary>
    public bool NotifyCitizen { get; set; } = true;

    /// <summary>Extra text for the citizen's email beyond the public note (e.g. the full answer).</summary>
    public string? EmailDetails { get; set; }

    /// <summary>Set by a step that changed what the clocks depend on (complexity): every open clock is recomputed.</summary>
    public bool RecomputeClocks { get; set; }
}
