using CitizenVoice.Core.Reception;

namespace CitizenVoice.Web.Areas.Staff.Pages.Reception;

/// <summary>What the earlier-visits fragment shows: whether enough was typed to search, and what was found.</summary>
public sealed record EarlierVisitsModel(bool Searched, IReadOnlyList<EarlierVisit> Visits);
