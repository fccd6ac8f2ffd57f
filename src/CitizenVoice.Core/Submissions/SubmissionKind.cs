namespace CitizenVoice.Core.Submissions;

/// <summary>The four kinds of letter (TT 05/2021/TT-TTCP); each has its own legal clock.</summary>
public enum SubmissionKind
{
    /// <summary>`kien-nghi`: a recommendation or proposal.</summary>
    Recommendation,

    /// <summary>`phan-anh`: feedback on a situation; may be anonymous.</summary>
    Feedback,

    /// <summary>`khieu-nai`: a complaint about an administrative decision or act that harms the complainant.</summary>
    Complaint,

    /// <summary>`to-cao`: a denunciation of a law violation; the denouncer's identity is required and secret.</summary>
    Denunciation,
}
