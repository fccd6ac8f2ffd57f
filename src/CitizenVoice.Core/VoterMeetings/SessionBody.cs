namespace CitizenVoice.Core.VoterMeetings;

/// <summary>The elected body whose session voter meetings prepare or report on.</summary>
public enum SessionBody
{
    NationalAssembly,
    ProvincialCouncil,
    CommuneCouncil,
}
