namespace CitizenVoice.Core.VoterMeetings;

/// <summary>What staff enter for one opinion, already validated and NFC-normalised (see <see cref="OpinionInput"/>).</summary>
public sealed record OpinionText(
    string? VoterName,
    string? VoterPlace,
    string Content,
    int VoterCount,
    bool AnsweredOnTheSpot,
    string? OnTheSpotAnswer);
