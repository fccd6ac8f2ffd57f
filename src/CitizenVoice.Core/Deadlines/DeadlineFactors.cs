namespace CitizenVoice.Core.Deadlines;

/// <summary>What about a case changes its limits: staff's complexity decision, the remote-area flag of the commune, extensions.</summary>
public sealed record DeadlineFactors
{
    public static DeadlineFactors None { get; } = new();

    public CaseComplexity Complexity { get; init; }

    /// <summary>From <c>Commune.IsRemoteArea</c> of the complainant's commune (Luật Khiếu nại 2011 Điều 28, 33, 37).</summary>
    public bool IsRemoteArea { get; init; }

    public IReadOnlyList<DeadlineExtension> Extensions { get; init; } = [];

    public bool IsComplex => Complexity != CaseComplexity.Ordinary;
}
