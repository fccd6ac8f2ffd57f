namespace CitizenVoice.Core.Places;

/// <summary>A province-level unit of the 2025 two-level map (34 units), with its official 2-digit code.</summary>
public sealed class Province
{
    public const int CodeLength = 2;

    public Province(string code, string name, string type)
    {
        Code = code;
        Name = name;
        Type = type;
        SearchKey = Common.VietnameseText.Fold(name);
    }

    public string Code { get; private set; }

    /// <summary>Official name, e.g. "Thành phố Hà Nội".</summary>
    public string Name { get; private set; }

    /// <summary>`tinh` or `thanh-pho`.</summary>
    public string Type { get; private set; }

    public string SearchKey { get; private set; }

    /// <summary>The name without "Tỉnh"/"Thành phố", as people say it: "Hà Nội".</summary>
    public string ShortName =>
        Name.StartsWith("Thành phố ", StringComparison.Ordinal) ? Name["Thành phố ".Length..]
        : Name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? Name["Tỉnh ".Length..]
        : Name;
}
