namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// A running (or finished) statutory clock of one submission: the rule, the start event's date, the factors and the
/// extension decisions, and the due date computed from them. NOTES section 3 asks to store all of it, so the due date
/// can be explained and recomputed when the case is reclassified or extended.
/// </summary>
public sealed class SubmissionDeadline
{
    public const int RuleIdMaxLength = 20;
    public const int BasisMaxLength = 1000;
    public const int CancelReasonMaxLength = 300;

    private readonly List<DeadlineExtension> _extensions = [];

    private SubmissionDeadline()
    {
        RuleId = BasisText = "";
    }

    public SubmissionDeadline(Guid submissionId, DeadlineResult result, DeadlineFactors factors, DateTimeOffset openedAt)
    {
        Id = Guid.CreateVersion7(openedAt);
        SubmissionId = submissionId;
        RuleId = result.RuleId;
        StartDate = result.StartDate;
        Complexity = factors.Complexity;
        IsRemoteArea = factors.IsRemoteArea;
        _extensions.AddRange(factors.Extensions);
        OpenedAt = openedAt;
        DueDate = result.DueDate;
        BasisText = Cut(result.BasisText);
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    public string RuleId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public CaseComplexity Complexity { get; private set; }

    public bool IsRemoteArea { get; private set; }

    public IReadOnlyList<DeadlineExtension> Extensions => _extensions;

    /// <summary>Vietnamese explanation of the due date, with the article (from <see cref="DeadlineCalculator"/>).</summary>
    public string BasisText { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>When the step the clock times was done (or the clock was cancelled); null while it runs.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Why the clock stopped without its step being done (the item turned out to be of another kind); null otherwise.</summary>
    public string? CancelReason { get; private set; }

    public bool IsOpen => CompletedAt is null;

    public bool IsCancelled => CancelReason is not null;

    public DeadlineFactors Factors => new() { Complexity = Complexity, IsRemoteArea = IsRemoteArea, Extensions = _extensions.ToList() };

    public void Complete(DateTimeOffset at) => CompletedAt ??= at;

    /// <summary>
    /// Stops a running clock whose rule no longer applies. It closes like a completed one (so reminders, the overview and
    /// the inbox's next due date leave it), and the reason tells it apart from a step done in time or late.
    /// </summary>
    public void Cancel(DateTimeOffset at, string reason)
    {
        if (!IsOpen)
        {
            return;
        }

        CompletedAt = at;
        CancelReason = reason.Length > CancelReasonMaxLength ? reason[..CancelReasonMaxLength] : reason;
    }

    /// <summary>Takes new factors (a complexity decision, a commune's remote flag) and the due date computed with them.</summary>
    public void Recompute(DeadlineFactors factors, DeadlineResult result)
    {
        Complexity = factors.Complexity;
        IsRemoteArea = factors.IsRemoteArea;
        _extensions.Clear();
        _extensions.AddRange(factors.Extensions);
        DueDate = result.DueDate;
        BasisText = Cut(result.BasisText);
    }

    private static string Cut(string text) => text.Length > BasisMaxLength ? text[..BasisMaxLength] : text;
}
