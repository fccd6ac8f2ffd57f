namespace CitizenVoice.Core.Submissions;

/// <summary>One dated step of a submission's history. The public note is what the citizen sees in the status lookup.</summary>
public sealed class SubmissionStatusChange
{
    public const int NoteMaxLength = 2000;

    public SubmissionStatusChange(Guid submissionId, SubmissionStatus status, DateTimeOffset at, string publicNote, string? actorUserId = null)
    {
        Id = Guid.CreateVersion7(at);
        SubmissionId = submissionId;
        Status = status;
        At = at;
        PublicNote = publicNote;
        ActorUserId = actorUserId;
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    public SubmissionStatus Status { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string PublicNote { get; private set; }

    /// <summary>Staff user who made the change; null for the system.</summary>
    public string? ActorUserId { get; private set; }
}
