namespace CitizenVoice.Core.Consolidation;

/// <summary>Where a compiled item stands after the session: compiled, forwarded to the agency, answered by it.</summary>
public enum ConsolidatedItemStatus
{
    Compiled,
    Forwarded,
    Answered,
}
