namespace CitizenVoice.Classification.Runtime;

/// <summary>An agency as the classifier reports it.</summary>
public sealed record AgencyRef(string Code, string Name);
