namespace CitizenVoice.Core.Consolidation;

/// <summary>One opinion of a proposed cluster, as the compiler needs to judge it.</summary>
/// <param name="Meeting">"24/02/2026 – Hội trường UBND phường Hoàn Kiếm", or the portal.</param>
public sealed record ProposedOpinion(Guid Id, string Content, int VoterCount, string Meeting, string? CommuneName, string? TopicCode, string? AgencyCode);
