using Microsoft.ML.Data;

namespace CitizenVoice.Classification;

/// <summary>Model output shared by trainer and runtime: the predicted label and one score per class.</summary>
public sealed class LabelPrediction
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = string.Empty;

    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
