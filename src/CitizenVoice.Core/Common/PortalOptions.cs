namespace CitizenVoice.Core.Common;

/// <summary>Settings of the public portal, bound from the `Portal` configuration section.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>Address citizens use to reach the portal; links in emails point here.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Version of the privacy notice shown at submission; recorded with each consent.</summary>
    public string PrivacyNoticeVersion { get; set; } = "2026-01";

    /// <summary>Name of the receiving body shown on receipts and emails.</summary>
    public string OrganisationName { get; set; } = "Ban Dân nguyện - Ủy ban Mặt trận Tổ quốc";
}
