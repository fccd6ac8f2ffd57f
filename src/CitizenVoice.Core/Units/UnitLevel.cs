namespace CitizenVoice.Core.Units;

/// <summary>Where a unit sits in the two-level state (since 1/7/2025 there is no district level).</summary>
public enum UnitLevel
{
    Central,
    Province,
    Commune,
}
