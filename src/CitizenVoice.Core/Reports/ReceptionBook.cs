namespace CitizenVoice.Core.Reports;

/// <summary>
/// The reception book of one body for a period. Identity of denouncers is masked unless
/// <paramref name="RevealDenouncerIdentity"/> is set for the competent handler (Luật Tố cáo 2018 Art. 8).
/// </summary>
/// <param name="Body">"BAN TIẾP CÔNG DÂN TỈNH NGHỆ AN".</param>
public sealed record ReceptionBook(
    string? ParentBody,
    string Body,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ReceptionEntry> Entries,
    bool RevealDenouncerIdentity = false)
{
    public int PeopleCount => Entries.Sum(e => e.PeopleCount);
}
