namespace CitizenVoice.Core.Routing;

/// <summary>
/// A routing confirmed or corrected by staff: a labelled example that retraining adds to the corpus. The text is the
/// content only (never the sender's identity), copied so that later edits of the item do not change the example.
/// </summary>
public sealed class ConfirmedLabel
{
    public const int TextMaxLength = 10_200;

    public ConfirmedLabel(string sourceType, Guid sourceId, string text, string topicCode, string level, string? agencyCode,
        bool wasCorrection, string? confirmedByUserId, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        SourceType = sourceType;
        SourceId = sourceId;
        Text = text.Length > TextMaxLength ? text[..TextMaxLength] : text;
        TopicCode = topicCode;
        Level = level;
        AgencyCode = agencyCode;
        WasCorrection = wasCorrection;
        ConfirmedByUserId = confirmedByUserId;
        At = at;
    }

    public Guid Id { get; private set; }

    /// <summary>"submission" or "opinion".</summary>
    public string SourceType { get; private set; }

    public Guid SourceId { get; private set; }

    public string Text { get; private set; }

    public string TopicCode { get; private set; }

    public string Level { get; private set; }

    public string? AgencyCode { get; private set; }

    /// <summary>True when staff changed what the classifier suggested.</summary>
    public bool WasCorrection { get; private set; }

    public string? ConfirmedByUserId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
