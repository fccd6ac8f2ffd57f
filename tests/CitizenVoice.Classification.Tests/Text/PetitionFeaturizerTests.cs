using System.Text;
using CitizenVoice.Classification.Text;
using CitizenVoice.Classification.Training;

namespace CitizenVoice.Classification.Tests.Text;

public class PetitionFeaturizerTests
{
    [Theory]
    [InlineData("Mất điện cả ngày ko báo trước, UBND xã k trả lời")]
    [InlineData("  ĐƯỜNG   Nguyễn Trãi -- có nhiều ổ gà!!! ")]
    [InlineData("k k k k k k ubnd ubnd bhxh dc dc")]
    [InlineData("")]
    [InlineData("   ")]
    public void FoldsLikeVietnameseText(string text)
    {
        PetitionFeaturizer.ForCurrentThread().Featurize(text, out var folded);
        PetitionFeaturizer.ForCurrentThread().Featurize(text.Normalize(NormalizationForm.FormD), out var foldedNfd);

        Assert.Equal(VietnameseText.FoldForMatching(text), folded);
        Assert.Equal(folded, foldedNfd);
    }

    [Fact]
    public void FoldsEveryCorpusTextLikeVietnameseText()
    {
        var featurizer = new PetitionFeaturizer();
        foreach (var row in PetitionCorpus.LoadTsv(RepoPaths.TrainingData))
        {
            featurizer.Featurize(row.Text, out var folded);
            Assert.Equal(VietnameseText.FoldForMatching(row.Text), folded);
        }
    }

    [Fact]
    public void GivesTheSameSortedSparseVectorWhateverTheBufferState()
    {
        var featurizer = new PetitionFeaturizer();
        var first = featurizer.Featurize("Đường liên thôn lầy lội, đề nghị bê tông hóa", out _, copy: true);
        featurizer.Featurize(new string('a', 5000) + " một văn bản rất dài khác", out _);
        var again = featurizer.Featurize("Đường liên thôn lầy lội, đề nghị bê tông hóa", out _, copy: true);

        Assert.Equal(PetitionFeaturizer.Dimension, first.Length);
        Assert.False(first.IsDense);
        Assert.Equal(first.GetIndices().ToArray(), again.GetIndices().ToArray());
        Assert.Equal(first.GetValues().ToArray(), again.GetValues().ToArray());
        var indices = first.GetIndices().ToArray();
        Assert.Equal(indices.Order().ToArray(), indices);
        Assert.Equal(indices.Distinct().Count(), indices.Length);
    }

    [Fact]
    public void TextWithoutDiacriticsSharesMostFeatures()
    {
        var featurizer = new PetitionFeaturizer();
        var full = featurizer.Featurize("Đề nghị nạo vét kênh mương nội đồng", out _, copy: true).GetIndices().ToArray();
        var plain = featurizer.Featurize("de nghi nao vet kenh muong noi dong", out _, copy: true).GetIndices().ToArray();

        Assert.True(full.Intersect(plain).Count() >= plain.Length * 2 / 3);
    }
}
