namespace CitizenVoice.Core.Consolidation;

/// <summary>A folded syllable: its hash, whether it was capitalised inside a sentence (part of a name), or a number.</summary>
internal readonly record struct OpinionToken(ulong Hash, bool Capitalised, bool Number);
