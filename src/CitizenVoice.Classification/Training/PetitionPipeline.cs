using CitizenVoice.Classification.Text;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace CitizenVoice.Classification.Training;

/// <summary>
/// The ML.NET pipeline shared by every model: label to key, a multiclass trainer over the hashed features that
/// <see cref="PetitionFeaturizer"/> computes in C# (once per text for both models), key back to value.
/// </summary>
public static class PetitionPipeline
{
    public const string SdcaMaxEnt = "sdca-maximum-entropy";
    public const string LbfgsMaxEnt = "lbfgs-maximum-entropy";
    public const string OvaAveragedPerceptron = "ova-averaged-perceptron";

    public static IReadOnlyList<string> Trainers { get; } = [LbfgsMaxEnt, SdcaMaxEnt, OvaAveragedPerceptron];

    public static bool IsMaximumEntropy(string trainer) => trainer is SdcaMaxEnt or LbfgsMaxEnt;

    /// <summary>Regularisation of the LBFGS trainer, chosen by grouped cross-validation (ml-models/README.md).</summary>
    public const float DefaultL2 = 0.001f;

    public const float DefaultL1 = 0.0005f;

    public static IEstimator<ITransformer> Build(MLContext ml, string trainer, float l2 = DefaultL2, float l1 = DefaultL1)
    {
        ArgumentNullException.ThrowIfNull(ml);
        const string features = PetitionFeaturizer.ColumnName;
        var label = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(PetitionFeatures.Label));

        IEstimator<ITransformer> estimator = trainer switch
        {
            SdcaMaxEnt => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = features,
                MaximumNumberOfIterations = 30,
                NumberOfThreads = 1,
            }),
            LbfgsMaxEnt => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = features,
                L2Regularization = l2,
                L1Regularization = l1,
                OptimizationTolerance = 1e-5f,
                NumberOfThreads = 1,
            }),
            OvaAveragedPerceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron("LabelKey", features, numberOfIterations: 10),
                labelColumnName: "LabelKey"),
            _ => throw new ArgumentException($"unknown trainer '{trainer}'; known: {string.Join(", ", Trainers)}", nameof(trainer)),
        };

        return label
            .Append(estimator)
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
    }
}
