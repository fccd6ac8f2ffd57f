namespace CitizenVoice.Classification;

/// <summary>Competence level codes. Since 1/7/2025 local government has two levels (province, commune).</summary>
public static class CompetenceLevel
{
    public const string Central = "trung-uong";
    public const string Province = "tinh";
    public const string Commune = "xa";

    /// <summary>Label used by voter-petition reports for any local item (province or commune).</summary>
    public const string Local = "dia-phuong";

    public static bool Matches(string predicted, string label) =>
        string.Equals(predicted, label, StringComparison.Ordinal)
        || (label == Local && predicted is Province or Commune);
}
