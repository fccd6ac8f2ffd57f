using CitizenVoice.Classification.Evaluation;
using CitizenVoice.Classification.Runtime;
using CitizenVoice.Classification.Training;

namespace CitizenVoice.Classification.Tests.Training;

public sealed class TrainEvaluateClassifyTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cv-train-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void TrainsOnSmallCorpusThenEvaluatesAndClassifies()
    {
        var topics = new[] { "giao-thong", "giao-duc", "y-te" };
        var rows = PetitionCorpus.LoadTsv(RepoPaths.TrainingData).Where(r => topics.Contains(r.Topic)).Take(300).ToList();
        var outcome = new ModelTrainer(trainers: [PetitionPipeline.SdcaMaxEnt]).Train(rows, "test");

        outcome.Save(_dir);
        var classifier = new RoutingClassifier(new ClassifierOptions { ModelPath = _dir, ConfidenceThreshold = 0.99f });
        var result = PetitionEvaluator.Evaluate(classifier, rows.Take(60).ToList());
        var one = classifier.Classify("Trường tiểu học thiếu giáo viên, phòng học dột nát");

        Assert.True(File.Exists(Path.Combine(_dir, ModelFiles.TopicModel)));
        Assert.Equal(PetitionPipeline.SdcaMaxEnt, outcome.Metrics.ChosenTrainer);
        Assert.True(result.Topic.Accuracy > 0.8, $"training-set accuracy {result.Topic.Accuracy:F3}");
        Assert.Equal("giao-duc", one.Topic);
        Assert.Contains(one.Topic, classifier.Topics);
        Assert.True(one.NeedsManualTriage || one.TopicConfidence >= 0.99f);
    }

    [Fact]
    public void CrossValidatesByGroupsAndKeepsEachFoldForRescoring()
    {
        var topics = new[] { "giao-thong", "giao-duc", "y-te" };
        var rows = PetitionCorpus.LoadTsv(RepoPaths.TrainingData).Where(r => topics.Contains(r.Topic)).ToList();

        var cv = new ModelTrainer(trainers: [PetitionPipeline.SdcaMaxEnt]).CrossValidate(rows, keepFoldsIn: _dir);

        Assert.Equal([0, 1, 2, 3, 4], cv.Folds.Select(f => f.Fold));
        Assert.Equal(rows.Count, cv.Folds.Sum(f => f.Rows));
        Assert.Equal(TriageBand.Thresholds, cv.Triage.Select(b => b.Threshold));
        var fold = cv.Folds[2];
        var kept = Path.Combine(_dir, "fold-2");
        var heldOut = PetitionCorpus.LoadJsonl(Path.Combine(kept, "heldout.jsonl"));
        var rescored = PetitionEvaluator.Evaluate(new RoutingClassifier(new ClassifierOptions { ModelPath = kept }), heldOut);
        Assert.Equal(fold.Rows, heldOut.Count);
        Assert.Equal(fold.TopicMacroF1, Math.Round(rescored.Topic.MacroF1, 4));
        Assert.Equal(fold.AgencyTop3, Math.Round(rescored.AgencyTop3, 4));
    }

    [Fact]
    public void KeepsWholeGroupsOutOfTrainingInTheHeldOutSplit()
    {
        var rows = PetitionCorpus.LoadTsv(RepoPaths.TrainingData);

        var heldOutGroups = rows.Where(ModelTrainer.IsHeldOut).Select(r => r.Group).ToHashSet();
        var trainGroups = rows.Where(r => !ModelTrainer.IsHeldOut(r)).Select(r => r.Group).ToHashSet();

        Assert.NotEmpty(heldOutGroups);
        Assert.Empty(heldOutGroups.Intersect(trainGroups));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
