namespace CitizenVoice.Classification.Training;

/// <summary>A petition with its labels. Group names the generator situation, so held-out splits keep a situation whole.</summary>
public sealed record LabelledPetition(string Id, string Text, string Topic, string Level, string? Agency = null, string? Group = null);
