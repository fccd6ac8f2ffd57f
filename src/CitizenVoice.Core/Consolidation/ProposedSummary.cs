namespace CitizenVoice.Core.Consolidation;

/// <summary>The first wording proposed for a compiled item, from its representative opinion.</summary>
public static class ProposedSummary
{
    private const string Voters = "Cử tri ";
    private static readonly string[] Verbs = [" đề nghị ", " kiến nghị ", " phản ánh ", " mong muốn ", " cho rằng "];

    /// <summary>
    /// "Cử tri phường Hoàn Kiếm đề nghị …" → "Cử tri đề nghị …": the item speaks for every locality that raised it,
    /// and the appendix lists where each opinion came from.
    /// </summary>
    public static string From(string content)
    {
        if (!content.StartsWith(Voters, StringComparison.Ordinal))
        {
            return content;
        }

        var cut = Verbs.Select(v => content.IndexOf(v, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        return cut > 0 ? Voters + content[(cut + 1)..] : content;
    }
}
