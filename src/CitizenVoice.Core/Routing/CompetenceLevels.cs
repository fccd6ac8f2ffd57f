namespace CitizenVoice.Core.Routing;

/// <summary>Competence level codes: central, or one of the two local levels since 1/7/2025.</summary>
public static class CompetenceLevels
{
    public const string Central = "trung-uong";
    public const string Province = "tinh";
    public const string Commune = "xa";

    public static readonly IReadOnlyList<string> All = [Central, Province, Commune];

    public static bool IsValid(string? code) => code is Central or Province or Commune;

    public static bool IsLocal(string? code) => code is Province or Commune;

    public static string Label(string? code) => code switch
    {
        Central => "Trung ương",
        Province => "Cấp tỉnh",
        Commune => "Cấp xã",
        _ => "Chưa xác định",
    };
}
