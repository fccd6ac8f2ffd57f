namespace CitizenVoice.Core.Places;

/// <summary>A commune-level unit (xã, phường, đặc khu) with its official 5-digit code.</summary>
public sealed class Commune
{
    public const int CodeLength = 5;

    public Commune(string code, string name, string fullName, string type, string provinceCode)
    {
        Code = code;
        Name = name;
        FullName = fullName;
        Type = type;
        ProvinceCode = provinceCode;
        SearchKey = Common.VietnameseText.Fold(fullName);
    }

    public string Code { get; private set; }

    /// <summary>Short name, e.g. "Hoàn Kiếm".</summary>
    public string Name { get; private set; }

    /// <summary>Full name, e.g. "Phường Hoàn Kiếm".</summary>
    public string FullName { get; private set; }

    /// <summary>`xa`, `phuong` or `dac-khu`.</summary>
    public string Type { get; private set; }

    public string ProvinceCode { get; private set; }

    /// <summary>Folded full name for search with or without diacritics.</summary>
    public string SearchKey { get; private set; }

    /// <summary>
    /// Remote area (vùng sâu, vùng xa): lengthens complaint deadlines (Luật Khiếu nại Art. 28, 37).
    /// Set per commune by administrators from the official list.
    /// </summary>
    public bool IsRemoteArea { get; set; }
}
