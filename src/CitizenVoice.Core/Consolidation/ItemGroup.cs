namespace CitizenVoice.Core.Consolidation;

/// <summary>Items of one agency in the report: "Lĩnh vực y tế (Bộ Y tế)", in section B (central) or C (local).</summary>
/// <param name="AgencyName">The answering body: "Bộ Y tế", "Sở Xây dựng thành phố Hà Nội".</param>
public sealed record ItemGroup(bool IsLocal, string Key, string Title, string AgencyName, IReadOnlyList<ConsolidatedItem> Items);
