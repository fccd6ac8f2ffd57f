namespace CitizenVoice.Core.Submissions;

/// <summary>Why a file belongs to a submission; the submitter is shown only the kinds <see cref="SubmissionAttachment.IsShownToSubmitter"/> lists.</summary>
public enum SubmissionAttachmentKind
{
    /// <summary>Handed in by the submitter: uploaded with the online form, or scanned at the reception desk.</summary>
    Submitted,

    /// <summary>The answering body's documents (the signed reply letter, a decision), recorded with the answer.</summary>
    Answer,
}
