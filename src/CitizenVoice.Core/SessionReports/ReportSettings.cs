using System.Globalization;
using System.Text.Json;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.SessionReports;

/// <summary>
/// What the compiler fills in for a report besides the items: header (Nghị định 30/2020), preamble, general opinions
/// (section A), proposals (section III), signature and recipients. Multi-line fields hold one paragraph per line.
/// </summary>
public sealed record ReportSettings(
    string? ParentBody,
    string IssuingBody,
    int? Number,
    string IssuerCode,
    string Place,
    DateOnly Date,
    string Subject,
    string Preamble,
    string Organisers,
    string Remarks,
    string GeneralOpinions,
    string Proposals,
    string? SignerAuthority,
    string SignerPosition,
    string SignerName,
    string Recipients,
    string Archive)
{
    public const int LineMaxLength = 300;
    public const int TextMaxLength = 20_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportSettings? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ReportSettings>(json, Json);

    /// <summary>"Số: 07/BC-ĐĐBQH", or "Số: /BC-ĐĐBQH" with the number left for registration.</summary>
    public string Reference => string.Create(CultureInfo.InvariantCulture, $"Số: {(Number is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : "")}/BC-{IssuerCode}");

    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Sensible defaults from the session and the delegation's province, for the first version.</summary>
    public static ReportSettings DefaultFor(Session session, Province? province, DateOnly today)
    {
        var place = province?.ShortName ?? "";
        var name = province is null ? "" : char.ToLower(province.Name[0], CultureInfo.InvariantCulture) + province.Name[1..];
        var provinceUpper = (province?.Name ?? "").ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
        var national = session.Body == SessionBody.NationalAssembly;
        var phase = today <= session.OpensOn ? "trước" : "sau";
        var when = $"{phase} {session.Title}";
        return new ReportSettings(
            national ? $"QUỐC HỘI KHÓA {session.Term}" : null,
            national ? $"ĐOÀN ĐẠI BIỂU QUỐC HỘI\n{provinceUpper}" : $"HỘI ĐỒNG NHÂN DÂN\n{provinceUpper}",
            null,
            national ? "ĐĐBQH" : "HĐND",
            place,
            today,
            $"Tổng hợp ý kiến, kiến nghị của cử tri {when}",
            national
                ? $"Thực hiện Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN về tiếp xúc cử tri, Đoàn đại biểu Quốc hội {name} phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam {name} tổ chức cho đại biểu Quốc hội tiếp xúc cử tri {when}. Đoàn đại biểu Quốc hội tổng hợp, báo cáo ý kiến, kiến nghị của cử tri như sau:"
                : $"Thực hiện Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN, Thường trực Hội đồng nhân dân {name} tổng hợp ý kiến, kiến nghị của cử tri {when} như sau:",
            national
                ? "Đoàn đại biểu Quốc hội phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh và Ủy ban nhân dân các xã, phường"
                : "Thường trực Hội đồng nhân dân phối hợp với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp",
            "Các cuộc tiếp xúc cử tri được tổ chức đúng kế hoạch, bảo đảm dân chủ, cởi mở; cử tri tham dự đông đủ và phát biểu nhiều ý kiến tâm huyết.",
            "Cử tri cơ bản đồng tình, đánh giá cao kết quả phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của cả nước và địa phương.",
            national
                ? "Đề nghị Ủy ban Dân nguyện và Giám sát của Quốc hội chuyển các kiến nghị thuộc thẩm quyền của các cơ quan trung ương đến cơ quan có thẩm quyền xem xét, trả lời cử tri theo quy định.\nĐề nghị Thường trực Hội đồng nhân dân, Ủy ban nhân dân tỉnh chỉ đạo các cơ quan liên quan xem xét, giải quyết các kiến nghị thuộc thẩm quyền của địa phương."
                : "Đề nghị Ủy ban nhân dân và các cơ quan liên quan xem xét, giải quyết và trả lời các kiến nghị của cử tri theo quy định.",
            national ? "TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI" : "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
            national ? "PHÓ TRƯỞNG ĐOÀN CHUYÊN TRÁCH" : "PHÓ CHỦ TỊCH",
            "",
            national
                ? "Ủy ban Thường vụ Quốc hội (để b/c)\nỦy ban Dân nguyện và Giám sát\nĐoàn Chủ tịch UBTƯ MTTQ Việt Nam\nThường trực Tỉnh ủy, HĐND, UBND tỉnh\nBan Thường trực UBMTTQ Việt Nam tỉnh"
                : "Thường trực Tỉnh ủy\nỦy ban nhân dân tỉnh\nBan Thường trực UBMTTQ Việt Nam tỉnh",
            national ? "VT, ĐĐBQH" : "VT, HĐND");
    }
}
