namespace CitizenVoice.Core.Consolidation;

/// <summary>A folded syllable: its hash, and whether the original was capitalised (a proper name) or a number.</summary>
internal readonly record struct OpinionToken(ulong Hash, bool Capitalised, bool Number);
