using CitizenVoice.Classification.Evaluation;

namespace CitizenVoice.Classification.Tests.Evaluation;

public class TriageBandTests
{
    [Fact]
    public void CountsTheItemsBelowEachThresholdAsManualAndScoresTheRest()
    {
        var items = new List<(float, bool, bool?)>
        {
            (0.95f, true, true),
            (0.85f, true, false),
            (0.65f, false, null),
            (0.45f, false, false),
        };

        var bands = TriageBand.For(items).ToDictionary(b => b.Threshold);

        Assert.Equal(TriageBand.Thresholds, bands.Keys);
        Assert.Equal(new TriageBand(0.3, 0, 0.5, Math.Round(1 / 3.0, 4)), bands[0.3]);
        Assert.Equal(new TriageBand(0.5, 0.25, Math.Round(2 / 3.0, 4), 0.5), bands[0.5]);
        Assert.Equal(new TriageBand(0.9, 0.75, 1, 1), bands[0.9]);
    }

    [Fact]
    public void AveragesFoldsThresholdByThreshold()
    {
        var a = TriageBand.For([(0.95f, true, true), (0.2f, false, false)]);
        var b = TriageBand.For([(0.95f, false, false), (0.95f, true, true)]);

        var mean = TriageBand.Mean([a, b]).Single(x => x.Threshold == 0.5);

        Assert.Equal(0.25, mean.ManualShare);
        Assert.Equal(0.75, mean.AutoTopicAccuracy);
        Assert.Equal(0.75, mean.AutoAgencyTop1);
    }
}
