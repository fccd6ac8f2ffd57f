namespace CitizenVoice.Core.Reports;

/// <summary>
/// One opinion as raised at a meeting, behind a consolidated item. There is deliberately no field for a denouncer:
/// reports to the NA carry content and counts only (Luật Tố cáo 2018 Art. 47).
/// </summary>
/// <param name="VoterName">Name of the voter who spoke, where the minutes give it.</param>
/// <param name="Agency">Agency the item is addressed to: "Bộ Xây dựng", "UBND xã Nghi Lộc".</param>
public sealed record SourceOpinion(
    VoterMeetingRef Meeting,
    string CommuneName,
    string ProvinceName,
    string? VoterName,
    string Content,
    string TopicName,
    CompetenceLevel Competence,
    string Agency);
