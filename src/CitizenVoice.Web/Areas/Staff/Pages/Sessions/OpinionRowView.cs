using CitizenVoice.Core.Common;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>One stored opinion row of the rapid-entry sheet, shown read-only or as an edit form.</summary>
public sealed record OpinionRowView(
    Guid MeetingId,
    VoterOpinion Opinion,
    int Number,
    bool CanEdit,
    bool Editing,
    ValidationErrors Errors,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<OpinionComment> Comments)
{
    public string TopicName => Topics.FirstOrDefault(t => t.Code == Opinion.TopicCode)?.Name ?? "Chưa phân loại";

    public string AgencyName => Agencies.FirstOrDefault(a => a.Code == Opinion.AgencyCode)?.Name ?? "—";

    public string Confidence => Opinion.RoutingStatus == RoutingStatus.Confirmed
        ? "đã xác nhận"
        : Opinion.RoutingConfidence is { } c ? $"độ tin cậy {c:P0}".Replace(" %", "%", StringComparison.Ordinal) : "";
}
