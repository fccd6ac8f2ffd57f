using CitizenVoice.Core.Places;

namespace CitizenVoice.Web.Pages.Submissions;

/// <summary>What the commune suggestions partial shows: the communes found for what was typed, and which one is picked.</summary>
public sealed record CommuneOptionsModel(string? ProvinceCode, string? Query, string? SelectedCode, IReadOnlyList<Commune> Communes);
