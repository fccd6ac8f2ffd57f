namespace CitizenVoice.Core.Routing;

/// <summary>One of the 20 topics of taxonomy/topics.csv.</summary>
public sealed record Topic(string Code, string Name, string EnglishName, string Scope);
