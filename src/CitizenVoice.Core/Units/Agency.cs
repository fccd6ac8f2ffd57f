namespace CitizenVoice.Core.Units;

/// <summary>An agency type of agencies.csv: a ministry, a provincial department, a commune division.</summary>
public sealed record Agency(string Code, string Name, string EnglishName, string Level, IReadOnlyList<string> Topics)
{
    public bool IsCentral => Level == "trung-uong";

    public bool IsProvincial => Level == "tinh";

    public bool IsCommunal => Level == "xa";
}
