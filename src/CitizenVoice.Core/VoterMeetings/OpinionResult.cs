using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>The outcome of entering, editing or re-routing an opinion, with the opinion as stored.</summary>
public sealed record OpinionResult(VoterMeetingOutcome Outcome, ValidationErrors Errors, VoterOpinion? Opinion = null);
