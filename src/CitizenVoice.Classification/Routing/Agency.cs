namespace CitizenVoice.Classification.Routing;

/// <summary>A body that answers petitions (a row of agencies.csv).</summary>
public sealed record Agency(string Code, string Name, string Level, IReadOnlyList<string> Topics);
