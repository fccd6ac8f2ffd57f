namespace CitizenVoice.Core.Units;

/// <summary>
/// Unit codes are hierarchical paths: "TW" and "TW.BXD" (central), "01" and "01.SXD" (Hà Nội and its departments),
/// "01.00070" and "01.00070.UBND-X" (a ward and its People's Committee). A unit's subtree is every code that starts
/// with its code and a dot, so scoping needs no tree walk and no join.
/// </summary>
public static class UnitCodes
{
    public const int MaxLength = 40;
    public const char Separator = '.';
    public const string Central = "TW";

    /// <summary>
    /// The provincial office that serves both the NA deputies' delegation and the People's Council
    /// (Văn phòng Đoàn ĐBQH và HĐND tỉnh) receives what citizens file online for that province.
    /// </summary>
    public const string IntakeAgency = "VP-DBQH-HDND-T";

    public static string CentralBody(string agencyCode) => Central + Separator + agencyCode;

    public static string Province(string provinceCode) => provinceCode;

    public static string ProvinceBody(string provinceCode, string agencyCode) => provinceCode + Separator + agencyCode;

    public static string Commune(string provinceCode, string communeCode) => provinceCode + Separator + communeCode;

    public static string CommuneBody(string provinceCode, string communeCode, string agencyCode) =>
        Commune(provinceCode, communeCode) + Separator + agencyCode;

    public static string DefaultIntake(string provinceCode) => ProvinceBody(provinceCode, IntakeAgency);

    /// <summary>Whether <paramref name="code"/> is <paramref name="scope"/> itself or one of its descendants.</summary>
    public static bool IsWithin(string? code, string scope) =>
        code is not null && (code == scope || (code.Length > scope.Length && code[scope.Length] == Separator
            && code.StartsWith(scope, StringComparison.Ordinal)));

    public static string? ParentOf(string code)
    {
        var dot = code.LastIndexOf(Separator);
        return dot < 0 ? null : code[..dot];
    }
}
