using CitizenVoice.Core.Units;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Users;

/// <summary>The unit suggestions under the unit field: what was typed, what was found, what is picked.</summary>
public sealed record UnitOptionsModel(string? Query, string? SelectedCode, IReadOnlyList<OrganisationUnit> Units);
