namespace CitizenVoice.Core.Submissions;

/// <summary>Letter states from TT 05/2021/TT-TTCP, as the citizen and staff see them.</summary>
public enum SubmissionStatus
{
    /// <summary>`da-tiep-nhan`: received, waiting to be classified.</summary>
    Received,

    /// <summary>`dang-xu-ly`: being classified and examined.</summary>
    InProgress,

    /// <summary>`thu-ly`: accepted for resolution.</summary>
    Accepted,

    /// <summary>`chuyen-don`: forwarded to the competent body.</summary>
    Forwarded,

    /// <summary>`huong-dan`: the sender was guided to the competent body.</summary>
    Guided,

    /// <summary>`tra-loi`: answered.</summary>
    Answered,

    /// <summary>`luu-don`: filed without processing (not eligible, or a duplicate).</summary>
    Archived,
}
