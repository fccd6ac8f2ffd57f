namespace CitizenVoice.Classification.Runtime;

/// <summary>The best and runner-up label of one model's scores, with their confidences.</summary>
internal readonly record struct TopTwoLabels(string Label, float Confidence, string? Second, float SecondConfidence)
{
    public static TopTwoLabels Of(IReadOnlyList<string> classes, ReadOnlySpan<float> scores)
    {
        int first = -1, second = -1;
        var sum = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            sum += scores[i];
            if (first < 0 || scores[i] > scores[first])
            {
                second = first;
                first = i;
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }

        if (first < 0)
        {
            return new(string.Empty, 0f, null, 0f);
        }

        // Maximum-entropy scores are probabilities; averaged-perceptron OVA scores are margins, so squash those.
        var probabilities = scores[first] is >= 0 and <= 1 && sum is > 0.99f and < 1.01f;
        var confidence = probabilities ? scores[first] : Sigmoid(scores[first]);
        var secondConfidence = second < 0 ? 0f : probabilities ? scores[second] : Sigmoid(scores[second]);
        return new(classes[first], confidence, second < 0 ? null : classes[second], secondConfidence);
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
}
