namespace CitizenVoice.Core.VoterAnswers;

/// <summary>One compiled item on the answers page: its report group, answer state and CT-ANSWER due date.</summary>
public sealed record AgencyAnswerRow(Consolidation.ConsolidatedItem Item, string AgencyName, DateOnly? DueOn, bool IsOverdue);
