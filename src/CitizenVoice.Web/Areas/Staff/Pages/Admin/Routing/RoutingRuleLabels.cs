using CitizenVoice.Core.Routing;

namespace CitizenVoice.Web.Areas.Staff.Pages.Admin.Routing;

/// <summary>Vietnamese labels of the routing table's codes, shared by the list and the edit form.</summary>
public static class RoutingRuleLabels
{
    public static string Kind(RoutingRuleKind kind) => kind switch
    {
        RoutingRuleKind.Table => "Bảng chuyển đơn",
        RoutingRuleKind.Keyword => "Từ khóa",
        _ => "Tên gọi cơ quan",
    };

    public static string Level(string? level) => level switch
    {
        null or "" => "Mọi cấp",
        RoutingRuleEntry.LocalLevels => "Địa phương (tỉnh, xã)",
        _ => CompetenceLevels.Label(level),
    };

    public static IReadOnlyList<string> Levels { get; } = [.. CompetenceLevels.All, RoutingRuleEntry.LocalLevels];
}
