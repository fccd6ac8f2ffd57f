using Microsoft.ML.Data;

namespace CitizenVoice.Classification;

/// <summary>Model input shared by trainer and runtime: the two normalised views of one petition text.</summary>
public sealed class PetitionText
{
    /// <summary>NFC, lower case (keeps diacritics).</summary>
    public string Normalized { get; set; } = string.Empty;

    /// <summary>Diacritics folded, abbreviations expanded.</summary>
    public string Folded { get; set; } = string.Empty;

    /// <summary>Training label (topic code or level); empty at prediction time.</summary>
    public string Label { get; set; } = string.Empty;

    public static PetitionText From(string? text, string label = "")
    {
        var normalized = Text.VietnameseText.Normalize(text);
        return new PetitionText
        {
            Normalized = normalized,
            Folded = Text.VietnameseText.FoldForMatching(normalized),
            Label = label,
        };
    }
}
