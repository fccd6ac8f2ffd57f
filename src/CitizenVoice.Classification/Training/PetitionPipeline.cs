using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace CitizenVoice.Classification.Training;

/// <summary>The ML.NET pipeline shared by every model: label to key, two text views featurized, a multiclass trainer.</summary>
public static class PetitionPipeline
{
    public const string SdcaMaxEnt = "sdca-maximum-entropy";
    public const string LbfgsMaxEnt = "lbfgs-maximum-entropy";
    public const string OvaAveragedPerceptron = "ova-averaged-perceptron";

    public static IReadOnlyList<string> Trainers { get; } = [SdcaMaxEnt, LbfgsMaxEnt, OvaAveragedPerceptron];

    public static IEstimator<ITransformer> Build(MLContext ml, string trainer)
    {
        ArgumentNullException.ThrowIfNull(ml);

        // Word uni+bigrams keep diacritics (they separate đất/đạt, nước/nuốc); the folded view adds char 4-grams so
        // text typed without diacritics or with typos still shares features with the training text.
        var words = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var folded = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        var features = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(PetitionText.Label))
            .Append(ml.Transforms.Text.FeaturizeText("NormalizedFeatures", words, nameof(PetitionText.Normalized)))
            .Append(ml.Transforms.Text.FeaturizeText("FoldedFeatures", folded, nameof(PetitionText.Folded)))
            .Append(ml.Transforms.Concatenate("Features", "NormalizedFeatures", "FoldedFeatures"));

        IEstimator<ITransformer> estimator = trainer switch
        {
            SdcaMaxEnt => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                MaximumNumberOfIterations = 30,
                NumberOfThreads = 1,
            }),
            LbfgsMaxEnt => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                L2Regularization = 0.05f,
                L1Regularization = 0f,
                NumberOfThreads = 1,
            }),
            OvaAveragedPerceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron("LabelKey", "Features", numberOfIterations: 10),
                labelColumnName: "LabelKey"),
            _ => throw new ArgumentException($"unknown trainer '{trainer}'; known: {string.Join(", ", Trainers)}", nameof(trainer)),
        };

        return features
            .Append(estimator)
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
    }
}
