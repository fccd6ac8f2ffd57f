namespace CitizenVoice.Core.Submissions.Workflow;

public enum WorkflowOutcome
{
    Done,

    /// <summary>Input or a workflow rule refused the step; see the errors.</summary>
    Invalid,

    /// <summary>No such item in the actor's scope (also for items of other units, so ids cannot be probed).</summary>
    NotFound,

    /// <summary>The item is visible, but this step is not the actor's to take.</summary>
    Forbidden,

    /// <summary>Someone else changed the item since the form was loaded.</summary>
    Conflict,
}
