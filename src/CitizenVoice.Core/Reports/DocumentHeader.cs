namespace CitizenVoice.Core.Reports;

/// <summary>
/// What the header of an administrative document shows (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body under
/// its parent body, the number and symbol, the place and date.
/// </summary>
/// <param name="ParentBody">"QUỐC HỘI KHÓA XV"; null when the issuing body has none to show.</param>
/// <param name="IssuingBody">"ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH NGHỆ AN"; line breaks allowed with '\n'.</param>
/// <param name="Number">Null leaves the number blank, to be filled in when the document is registered.</param>
/// <param name="DocumentTypeCode">"BC" (báo cáo), "PC" (phiếu chuyển), "CV" (công văn)…</param>
/// <param name="IssuerCode">Abbreviation of the issuing body in the symbol: "ĐĐBQH".</param>
/// <param name="Place">Place name of the date line: "Nghệ An".</param>
public sealed record DocumentHeader(
    string? ParentBody,
    string IssuingBody,
    int? Number,
    string DocumentTypeCode,
    string IssuerCode,
    string Place,
    DateOnly Date);
