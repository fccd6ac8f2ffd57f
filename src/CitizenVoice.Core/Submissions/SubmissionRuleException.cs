namespace CitizenVoice.Core.Submissions;

/// <summary>A workflow rule refused a step; the message is Vietnamese and shown to the staff member as is.</summary>
public sealed class SubmissionRuleException(string field, string message) : InvalidOperationException(message)
{
    /// <summary>The request field the message belongs next to ("status" when it concerns the item as a whole).</summary>
    public string Field { get; } = field;
}
