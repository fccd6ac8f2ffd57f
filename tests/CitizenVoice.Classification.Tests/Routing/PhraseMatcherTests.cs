using CitizenVoice.Classification.Routing;
using CitizenVoice.Classification.Text;
using CitizenVoice.Classification.Training;

namespace CitizenVoice.Classification.Tests.Routing;

public class PhraseMatcherTests
{
    [Fact]
    public void FindsPhrasesOnWordBoundariesAtTheirFirstPosition()
    {
        var matcher = new PhraseMatcher(["cong an", "an", "cong an xa", "so xay dung"]);

        var hits = matcher.Match("de nghi cong an xa xu ly cong an");

        Assert.Equal(8, hits[matcher.IdOf("cong an")]);
        Assert.Equal(13, hits[matcher.IdOf("an")]);
        Assert.Equal(8, hits[matcher.IdOf("cong an xa")]);
        Assert.Equal(-1, hits[matcher.IdOf("so xay dung")]);
        Assert.Equal(-1, matcher.Match("cong ant")[matcher.IdOf("cong an")]);
    }

    [Fact]
    public void AgreesWithSubstringSearchOnTheCorpus()
    {
        var phrases = new[] { "uy ban nhan dan", "so nong nghiep va moi truong", "cong an", "dien luc", "ha noi", "xa", "nuoc sach", "bo giao thong van tai" };
        var matcher = new PhraseMatcher(phrases);
        foreach (var row in PetitionCorpus.LoadTsv(RepoPaths.TrainingData).Take(1500))
        {
            var folded = VietnameseText.FoldForMatching(row.Text);
            var hits = matcher.Match(folded);
            foreach (var p in phrases)
            {
                Assert.Equal((" " + folded + " ").IndexOf(" " + p + " ", StringComparison.Ordinal), hits[matcher.IdOf(p)]);
            }
        }
    }
}
