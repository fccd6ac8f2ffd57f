namespace CitizenVoice.Core.Submissions;

/// <summary>How a submission arrived.</summary>
public enum SubmissionChannel
{
    Online,
    Api,
    Reception,
    Letter,
    Hotline,
    VoterMeeting,
}
