namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Where a voter opinion came from: raised at a voter meeting, or sent through the portal for a session.</summary>
public enum OpinionChannel
{
    VoterMeeting,
    Online,
}
