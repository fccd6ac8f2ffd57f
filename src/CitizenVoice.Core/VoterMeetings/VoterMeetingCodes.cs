namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Stable string codes (database, URLs, import files) and Vietnamese labels of the voter-meeting enums.</summary>
public static class VoterMeetingCodes
{
    private static readonly Dictionary<SessionBody, (string Code, string Label)> Bodies = new()
    {
        [SessionBody.NationalAssembly] = ("quoc-hoi", "Quốc hội"),
        [SessionBody.ProvincialCouncil] = ("hdnd-tinh", "HĐND tỉnh"),
        [SessionBody.CommuneCouncil] = ("hdnd-xa", "HĐND xã"),
    };

    private static readonly Dictionary<MeetingPhase, (string Code, string Label)> Phases = new()
    {
        [MeetingPhase.BeforeSession] = ("truoc-ky-hop", "Trước kỳ họp"),
        [MeetingPhase.AfterSession] = ("sau-ky-hop", "Sau kỳ họp"),
    };

    private static readonly Dictionary<VoterMeetingStatus, (string Code, string Label)> Statuses = new()
    {
        [VoterMeetingStatus.Planned] = ("du-kien", "Dự kiến"),
        [VoterMeetingStatus.Held] = ("da-to-chuc", "Đã tổ chức"),
        [VoterMeetingStatus.Recorded] = ("da-tong-hop", "Đã ghi nhận ý kiến"),
    };

    private static readonly Dictionary<OpinionChannel, (string Code, string Label)> Channels = new()
    {
        [OpinionChannel.VoterMeeting] = ("tiep-xuc-cu-tri", "Tiếp xúc cử tri"),
        [OpinionChannel.Online] = ("truc-tuyen", "Cổng trực tuyến"),
    };

    public static string Code(this SessionBody body) => Bodies[body].Code;

    public static string Label(this SessionBody body) => Bodies[body].Label;

    public static string Code(this MeetingPhase phase) => Phases[phase].Code;

    public static string Label(this MeetingPhase phase) => Phases[phase].Label;

    public static string Code(this VoterMeetingStatus status) => Statuses[status].Code;

    public static string Label(this VoterMeetingStatus status) => Statuses[status].Label;

    public static string Code(this OpinionChannel channel) => Channels[channel].Code;

    public static string Label(this OpinionChannel channel) => Channels[channel].Label;

    public static SessionBody ParseBody(string code) => Parse(Bodies, code);

    public static MeetingPhase ParsePhase(string code) => Parse(Phases, code);

    public static VoterMeetingStatus ParseStatus(string code) => Parse(Statuses, code);

    public static OpinionChannel ParseChannel(string code) => Parse(Channels, code);

    public static bool TryParseBody(string? code, out SessionBody body) => TryParse(Bodies, code, out body);

    public static bool TryParsePhase(string? code, out MeetingPhase phase) => TryParse(Phases, code, out phase);

    public static bool TryParseStatus(string? code, out VoterMeetingStatus status) => TryParse(Statuses, code, out status);

    public static IEnumerable<SessionBody> AllBodies => Bodies.Keys;

    public static IEnumerable<MeetingPhase> AllPhases => Phases.Keys;

    public static IEnumerable<VoterMeetingStatus> AllStatuses => Statuses.Keys;

    public static IEnumerable<OpinionChannel> AllChannels => Channels.Keys;

    private static T Parse<T>(Dictionary<T, (string Code, string Label)> map, string code) where T : struct, Enum =>
        TryParse(map, code, out var value) ? value : throw new ArgumentException($"Unknown code '{code}'.", nameof(code));

    private static bool TryParse<T>(Dictionary<T, (string Code, string Label)> map, string? code, out T value) where T : struct, Enum
    {
        foreach (var (key, entry) in map)
        {
            if (entry.Code == code)
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
