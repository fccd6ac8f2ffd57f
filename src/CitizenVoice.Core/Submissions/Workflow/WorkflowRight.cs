namespace CitizenVoice.Core.Submissions.Workflow;

/// <summary>Who may take a step, beyond seeing the item.</summary>
public enum WorkflowRight
{
    /// <summary>Processors (and administrators) of the unit that owns the item.</summary>
    Process,

    /// <summary>Also the responders and processors of the unit the item was forwarded or assigned to.</summary>
    Answer,
}
