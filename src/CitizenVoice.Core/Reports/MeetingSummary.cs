namespace CitizenVoice.Core.Reports;

/// <summary>Part I of the report: how the voter meetings were organised.</summary>
/// <param name="Organisers">"Đoàn ĐBQH tỉnh phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh".</param>
/// <param name="Deputies">Deputies who attended: "đồng chí Hoàng Thị Thu Trang, Phó Trưởng đoàn chuyên trách".</param>
/// <param name="Remarks">Further paragraphs (form of the meetings, atmosphere), written as they should read.</param>
public sealed record MeetingSummary(
    DateOnly From,
    DateOnly To,
    string Organisers,
    int MeetingCount,
    int CommuneCount,
    int VoterCount,
    IReadOnlyList<string> Deputies,
    IReadOnlyList<string> Remarks);
