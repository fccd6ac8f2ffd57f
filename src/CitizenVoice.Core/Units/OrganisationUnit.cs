namespace CitizenVoice.Core.Units;

/// <summary>
/// A body in the tree of units: a territorial node (central, a province, a commune) or an agency under it
/// (a ministry, a provincial department, a commune People's Committee). Staff belong to one unit; items are owned by
/// the receiving unit and may be assigned to another.
/// </summary>
public sealed class OrganisationUnit
{
    public const int NameMaxLength = 200;

    public OrganisationUnit(string code, string name, UnitLevel level, string? agencyCode, string? provinceCode, string? communeCode)
    {
        Code = code;
        ParentCode = UnitCodes.ParentOf(code);
        Name = name;
        Level = level;
        AgencyCode = agencyCode;
        ProvinceCode = provinceCode;
        CommuneCode = communeCode;
        SearchKey = Common.VietnameseText.Fold(name);
    }

    public string Code { get; private set; }

    public string? ParentCode { get; private set; }

    public string Name { get; private set; }

    public UnitLevel Level { get; private set; }

    /// <summary>The agency type from agencies.csv (e.g. SXD); null for a territorial node.</summary>
    public string? AgencyCode { get; private set; }

    public string? ProvinceCode { get; private set; }

    public string? CommuneCode { get; private set; }

    /// <summary>Folded name for search with or without diacritics.</summary>
    public string SearchKey { get; private set; }

    public bool IsActive { get; private set; } = true;

    public void Rename(string name)
    {
        Name = name;
        SearchKey = Common.VietnameseText.Fold(name);
    }
}
