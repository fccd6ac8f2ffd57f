using CitizenVoice.Classification.Routing;
using CitizenVoice.Classification.Training;
using CitizenVoice.Core.Routing;

namespace CitizenVoice.Classification.Tests.Training;

/// <summary>
/// The committed corpus, whichever writer's bank a row comes from, uses only codes the product knows: a topic of
/// topics.csv, one of the three levels, and an agency of agencies.csv whose level is the row's level.
/// </summary>
public sealed class CorpusLabelTests
{
    private static readonly IReadOnlyList<LabelledPetition> Rows = PetitionCorpus.LoadTsv(RepoPaths.TrainingData);

    private static readonly string[] Levels = [CompetenceLevel.Central, CompetenceLevel.Province, CompetenceLevel.Commune];

    [Fact]
    public void EveryRowHasAKnownTopicLevelAndAnAgencyOfThatLevel()
    {
        var topics = new TopicCatalog().All.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var agencies = AgencyDirectory.LoadEmbedded();

        var wrong = Rows.Where(r => !topics.Contains(r.Topic) || !Levels.Contains(r.Level)
                || r.Agency is null || agencies.Find(r.Agency)?.Level != r.Level)
            .Select(r => $"{r.Id} {r.Topic} {r.Level} {r.Agency}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void CoversEveryTopicAtEveryLevel()
    {
        var topics = new TopicCatalog().All.Select(t => t.Code);
        var present = Rows.Select(r => (r.Topic, r.Level)).ToHashSet();

        Assert.All(topics.SelectMany(t => Levels.Select(l => (t, l))), pair => Assert.Contains(pair, present));
    }
}
