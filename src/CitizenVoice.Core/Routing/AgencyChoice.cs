namespace CitizenVoice.Core.Routing;

/// <summary>An agency type proposed by routing: its agencies.csv code and name.</summary>
public sealed record AgencyChoice(string Code, string Name);
