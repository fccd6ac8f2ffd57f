namespace CitizenVoice.Web.Pages;

/// <summary>
/// Marker type for the portal's localizer (<c>IStringLocalizer&lt;PortalText&gt;</c>). Keys are the Vietnamese text;
/// Resources/en.json holds the English.
/// </summary>
public sealed class PortalText;
