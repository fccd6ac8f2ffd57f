namespace CitizenVoice.Core.Reports;

/// <summary>
/// "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri" before or after a session, in the order of NQLT 72/2025:
/// I. organisation of the meetings, II. opinions (A. general, B. central competence, C. local competence),
/// III. proposals. The appendix lists every source opinion of the items under their numbers.
/// </summary>
/// <param name="Subject">"Tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ 11, Quốc hội khóa XV".</param>
/// <param name="Preamble">Opening paragraphs ("Thực hiện Kế hoạch số …").</param>
/// <param name="GeneralOpinions">Section A: voters' general views on the country's and the province's situation.</param>
public sealed record VoterPetitionReport(
    DocumentHeader Header,
    string Subject,
    IReadOnlyList<string> Preamble,
    MeetingSummary Meetings,
    IReadOnlyList<string> GeneralOpinions,
    IReadOnlyList<PetitionGroup> CentralItems,
    IReadOnlyList<PetitionGroup> LocalItems,
    IReadOnlyList<string> Proposals,
    SignatureBlock Signature,
    RecipientList Recipients)
{
    public IEnumerable<ConsolidatedItem> AllItems => CentralItems.Concat(LocalItems).SelectMany(g => g.Items);

    public int OpinionCount => AllItems.Sum(i => i.OpinionCount);
}
