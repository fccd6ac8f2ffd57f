using CitizenVoice.Core.Places;

namespace CitizenVoice.Core.Units;

/// <summary>
/// Builds a unit from its code and the reference data, with the name people write on a letter:
/// "Sở Xây dựng thành phố Hà Nội", "Ủy ban nhân dân phường Hoàn Kiếm".
/// </summary>
public sealed class UnitFactory(AgencyCatalog agencies)
{
    /// <summary>The unit for <paramref name="code"/>, or null when the code names nothing in the reference data.</summary>
    public OrganisationUnit? Build(string code, PlaceCatalog.Snapshot places)
    {
        var parts = code.Split(UnitCodes.Separator);
        if (parts[0] == UnitCodes.Central)
        {
            return parts.Length switch
            {
                1 => new OrganisationUnit(code, "Trung ương", UnitLevel.Central, null, null, null),
                2 when agencies.Find(parts[1]) is { IsCentral: true } agency =>
                    new OrganisationUnit(code, agency.Name, UnitLevel.Central, agency.Code, null, null),
                _ => null,
            };
        }

        if (!places.ProvincesByCode.TryGetValue(parts[0], out var province))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new OrganisationUnit(code, province.Name, UnitLevel.Province, null, province.Code, null);
        }

        if (agencies.Find(parts[1]) is { IsProvincial: true } provincial && parts.Length == 2)
        {
            return new OrganisationUnit(code, ProvincialName(provincial, province), UnitLevel.Province, provincial.Code, province.Code, null);
        }

        if (!places.CommunesByCode.TryGetValue(parts[1], out var commune) || commune.ProvinceCode != province.Code)
        {
            return null;
        }

        return parts.Length switch
        {
            2 => new OrganisationUnit(code, commune.FullName + ", " + province.ShortName, UnitLevel.Commune, null, province.Code, commune.Code),
            3 when agencies.Find(parts[2]) is { IsCommunal: true } communal =>
                new OrganisationUnit(code, CommunalName(communal, commune), UnitLevel.Commune, communal.Code, province.Code, commune.Code),
            _ => null,
        };
    }

    public static string ProvincialName(Agency agency, Province province) =>
        PlaceIn(agency.Name, LowerFirst(province.Name), ["tỉnh/thành phố"], " tỉnh");

    public static string CommunalName(Agency agency, Commune commune) =>
        PlaceIn(agency.Name, LowerFirst(commune.FullName), ["xã/phường/đặc khu", "xã/phường"], " xã");

    // Generic names in agencies.csv say "tỉnh/thành phố" or end in "tỉnh" where the place goes; others get it appended.
    private static string PlaceIn(string genericName, string place, string[] placeholders, string trailingWord)
    {
        var name = StripNote(genericName);
        foreach (var placeholder in placeholders)
        {
            if (name.Contains(placeholder, StringComparison.Ordinal))
            {
                return name.Replace(placeholder, place, StringComparison.Ordinal);
            }
        }

        return name.EndsWith(trailingWord, StringComparison.Ordinal)
            ? name[..^trailingWord.Length] + " " + place
            : name + " " + place;
    }

    // "Sở Du lịch (một số tỉnh)" -> "Sở Du lịch"
    private static string StripNote(string name)
    {
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open] : name;
    }

    private static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}
