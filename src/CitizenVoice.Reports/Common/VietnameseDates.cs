using System.Globalization;

namespace CitizenVoice.Reports.Common;

/// <summary>Dates and document numbers as Nghị định 30/2020 wants them written.</summary>
internal static class VietnameseDates
{
    /// <summary>"ngày 05 tháng 3 năm 2026": days below 10 and the months 1 and 2 take a leading zero.</summary>
    public static string Long(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>"Nghệ An, ngày 05 tháng 3 năm 2026".</summary>
    public static string DateLine(string place, DateOnly date) => $"{place}, {Long(date)}";

    public static string Short(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Số: 07/BC-ĐĐBQH"; a blank number leaves room to write it in at registration.</summary>
    public static string NumberLine(int? number, string typeCode, string issuerCode) =>
        number is null ? $"Số:        /{typeCode}-{issuerCode}" : "Số: " + Symbol(number.Value, typeCode, issuerCode);

    /// <summary>"07/BC-ĐĐBQH": numbers below 10 take a leading zero.</summary>
    public static string Symbol(int number, string typeCode, string issuerCode) =>
        string.Create(CultureInfo.InvariantCulture, $"{number:00}/{typeCode}-{issuerCode}");
}
