using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Reports;

/// <summary>One line of the reception book (sổ tiếp công dân).</summary>
/// <param name="PeopleCount">Number of people received together (more than one for a group visit, đoàn đông người).</param>
/// <param name="DocumentsReceived">Documents handed over: "01 đơn, 03 bản photo giấy chứng nhận QSDĐ".</param>
public sealed record ReceptionEntry(
    DateOnly Date,
    string FullName,
    string Address,
    string? IdNumber,
    string ContentSummary,
    SubmissionKind Kind,
    int PeopleCount,
    string? DocumentsReceived,
    ReceptionHandling Handling,
    string? Notes);
