namespace CitizenVoice.Classification.Routing;

/// <summary>The chosen agency, up to two alternatives (best first) and the province found in the text, if any.</summary>
public sealed record RouteResult(Agency Agency, IReadOnlyList<Agency> Alternatives, string? Province);
