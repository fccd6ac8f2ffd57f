using CitizenVoice.Core.Reports;

namespace CitizenVoice.Reports.Common;

internal static class ReportLabels
{
    public static string Label(this CompetenceLevel level) => level switch
    {
        CompetenceLevel.Central => "Trung ương",
        CompetenceLevel.Province => "Tỉnh",
        CompetenceLevel.Commune => "Xã, phường",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Label(this ReceptionHandling handling) => handling switch
    {
        ReceptionHandling.Guided => "Hướng dẫn",
        ReceptionHandling.Forwarded => "Chuyển đơn",
        ReceptionHandling.Accepted => "Thụ lý",
        ReceptionHandling.AnsweredOnTheSpot => "Trả lời trực tiếp",
        _ => throw new ArgumentOutOfRangeException(nameof(handling), handling, null),
    };

    /// <summary>"số 07/BC-ĐĐBQH ngày 05/03/2026", how an appendix refers to its report.</summary>
    public static string Reference(DocumentHeader header) =>
        (header.Number is { } n ? $"số {VietnameseDates.Symbol(n, header.DocumentTypeCode, header.IssuerCode)} " : string.Empty)
        + "ngày " + VietnameseDates.Short(header.Date);
}
