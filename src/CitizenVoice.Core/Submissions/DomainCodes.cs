namespace CitizenVoice.Core.Submissions;

/// <summary>
/// The stable string codes used in the API, the database and URLs, and the Vietnamese labels citizens see.
/// Codes never change once published; labels may.
/// </summary>
public static class DomainCodes
{
    private static readonly Dictionary<SubmissionKind, (string Code, string Label)> Kinds = new()
    {
        [SubmissionKind.Recommendation] = ("kien-nghi", "Kiến nghị"),
        [SubmissionKind.Feedback] = ("phan-anh", "Phản ánh"),
        [SubmissionKind.Complaint] = ("khieu-nai", "Khiếu nại"),
        [SubmissionKind.Denunciation] = ("to-cao", "Tố cáo"),
    };

    private static readonly Dictionary<SubmissionChannel, (string Code, string Label)> Channels = new()
    {
        [SubmissionChannel.Online] = ("truc-tuyen", "Cổng trực tuyến"),
        [SubmissionChannel.Api] = ("api", "Kết nối API"),
        [SubmissionChannel.Reception] = ("tiep-cong-dan", "Tiếp công dân"),
        [SubmissionChannel.Letter] = ("thu", "Đơn thư"),
        [SubmissionChannel.Hotline] = ("duong-day-nong", "Đường dây nóng"),
        [SubmissionChannel.VoterMeeting] = ("tiep-xuc-cu-tri", "Tiếp xúc cử tri"),
    };

    private static readonly Dictionary<SubmissionStatus, (string Code, string Label)> Statuses = new()
    {
        [SubmissionStatus.Received] = ("da-tiep-nhan", "Đã tiếp nhận"),
        [SubmissionStatus.InProgress] = ("dang-xu-ly", "Đang xử lý"),
        [SubmissionStatus.Accepted] = ("thu-ly", "Đã thụ lý"),
        [SubmissionStatus.Forwarded] = ("chuyen-don", "Đã chuyển đến cơ quan có thẩm quyền"),
        [SubmissionStatus.Guided] = ("huong-dan", "Đã hướng dẫn"),
        [SubmissionStatus.Answered] = ("tra-loi", "Đã trả lời"),
        [SubmissionStatus.Archived] = ("luu-don", "Lưu đơn"),
    };

    public static string Code(this SubmissionKind kind) => Kinds[kind].Code;

    public static string Label(this SubmissionKind kind) => Kinds[kind].Label;

    public static string Code(this SubmissionChannel channel) => Channels[channel].Code;

    public static string Label(this SubmissionChannel channel) => Channels[channel].Label;

    public static string Code(this SubmissionStatus status) => Statuses[status].Code;

    public static string Label(this SubmissionStatus status) => Statuses[status].Label;

    public static IEnumerable<string> KindCodes => Kinds.Values.Select(v => v.Code);

    public static bool TryParseKind(string? code, out SubmissionKind kind) => TryParse(Kinds, code, out kind);

    public static bool TryParseChannel(string? code, out SubmissionChannel channel) => TryParse(Channels, code, out channel);

    public static bool TryParseStatus(string? code, out SubmissionStatus status) => TryParse(Statuses, code, out status);

    public static SubmissionKind ParseKind(string code) => Parse(Kinds, code);

    public static SubmissionChannel ParseChannel(string code) => Parse(Channels, code);

    public static SubmissionStatus ParseStatus(string code) => Parse(Statuses, code);

    private static bool TryParse<T>(Dictionary<T, (string Code, string Label)> map, string? code, out T value)
        where T : struct, Enum
    {
        foreach (var (key, entry) in map)
        {
            if (string.Equals(entry.Code, code, StringComparison.Ordinal))
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static T Parse<T>(Dictionary<T, (string Code, string Label)> map, string code)
        where T : struct, Enum =>
        TryParse(map, code, out var value) ? value : throw new FormatException($"Unknown {typeof(T).Name} code '{code}'.");
}
