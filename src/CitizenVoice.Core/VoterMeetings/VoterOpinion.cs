using System.Security.Cryptography;
using System.Text;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Routing;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// An opinion or recommendation of voters (ý kiến, kiến nghị của cử tri): raised at a voter meeting, or sent through the
/// portal for an upcoming session. Routed like a submission (topic, competence level, agency), later merged by
/// consolidation into one compiled item (<see cref="ConsolidatedItemId"/>).
/// </summary>
public sealed class VoterOpinion : IUnitOwned
{
    public const int ContentMaxLength = 4000;
    public const int ContentMinLength = 10;
    public const int VoterNameMaxLength = 100;
    public const int VoterPlaceMaxLength = 300;
    public const int OnTheSpotAnswerMaxLength = 2000;
    public const int ContactEmailMaxLength = 254;
    public const int MaxVoterCount = 10_000;

    /// <summary>Hex SHA-256.</summary>
    public const int NaturalKeyLength = 64;

    private VoterOpinion()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    /// <summary>The meeting where it was raised; null for an opinion sent through the portal.</summary>
    public Guid? MeetingId { get; private set; }

    public OpinionChannel Channel { get; private set; }

    /// <summary>The session's reporting unit; scoping follows it.</summary>
    public string OwnerUnitCode { get; private set; } = "";

    public string ProvinceCode { get; private set; } = "";

    public string? CommuneCode { get; private set; }

    public string? VoterName { get; private set; }

    /// <summary>Where the voter lives, as said (commune, village, street).</summary>
    public string? VoterPlace { get; private set; }

    public string Content { get; private set; } = "";

    /// <summary>Folded content, for search and similarity with or without diacritics.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>How many voters raised it (at least 1).</summary>
    public int VoterCount { get; private set; } = 1;

    public bool AnsweredOnTheSpot { get; private set; }

    public string? OnTheSpotAnswer { get; private set; }

    public string? TopicCode { get; private set; }

    public string? CompetenceLevel { get; private set; }

    public string? AgencyCode { get; private set; }

    public float? RoutingConfidence { get; private set; }

    public RoutingStatus RoutingStatus { get; private set; }

    public string? RoutingConfirmedByUserId { get; private set; }

    public DateTimeOffset? RoutingConfirmedAt { get; private set; }

    /// <summary>Portal opinions only: where to tell the citizen about the answer.</summary>
    public string? ContactEmail { get; private set; }

    /// <summary>Privacy notice version the citizen agreed to (portal opinions; Luật BVDLCN 2025 explicit consent).</summary>
    public string? ConsentVersion { get; private set; }

    public DateTimeOffset? ConsentedAt { get; private set; }

    public string? CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The import that created it, if any.</summary>
    public Guid? ImportBatchId { get; private set; }

    /// <summary>Stable key of the opinion's facts (see <see cref="NaturalKeyFor"/>): re-importing the same rows adds nothing.</summary>
    public string NaturalKey { get; private set; } = "";

    /// <summary>The compiled item this opinion was merged into by consolidation; null until consolidated.</summary>
    public Guid? ConsolidatedItemId { get; private set; }

    public int Version { get; private set; }

    /// <summary>An opinion raised at a meeting and entered by staff (rapid entry or import).</summary>
    public static VoterOpinion Record(VoterMeeting meeting, OpinionText text, string? createdByUserId, Guid? importBatchId, DateTimeOffset now)
    {
        var opinion = new VoterOpinion
        {
            Id = Guid.CreateVersion7(now),
            SessionId = meeting.SessionId,
            MeetingId = meeting.Id,
            Channel = OpinionChannel.VoterMeeting,
            OwnerUnitCode = meeting.OwnerUnitCode,
            ProvinceCode = meeting.ProvinceCode,
            CommuneCode = meeting.CommuneCode,
            CreatedByUserId = createdByUserId,
            ImportBatchId = importBatchId,
            CreatedAt = now,
        };
        opinion.ApplyText(text, now);
        opinion.NaturalKey = NaturalKeyFor(meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            meeting.CommuneCode, text.VoterName, text.Content);
        return opinion;
    }

    /// <summary>An opinion a citizen sent through the portal for an upcoming session.</summary>
    public static VoterOpinion ReceiveOnline(Session session, string provinceCode, string communeCode, string? voterName,
        string content, string? contactEmail, string consentVersion, DateTimeOffset now)
    {
        var opinion = new VoterOpinion
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            Channel = OpinionChannel.Online,
            OwnerUnitCode = session.OwnerUnitCode,
            ProvinceCode = provinceCode,
            CommuneCode = communeCode,
            ContactEmail = contactEmail,
            ConsentVersion = consentVersion,
            ConsentedAt = now,
            CreatedAt = now,
        };
        opinion.ApplyText(new OpinionText(voterName, null, content, 1, false, null), now);
        opinion.NaturalKey = NaturalKeyFor("online", communeCode, contactEmail ?? voterName, content);
        return opinion;
    }

    /// <summary>
    /// Same meeting day, commune, voter and content (folded, so diacritics and spacing do not matter) → same key.
    /// Unique per session, so a file imported twice, or a row saved twice by a double Enter, is stored once.
    /// </summary>
    public static string NaturalKeyFor(string occasion, string? communeCode, string? voterName, string content)
    {
        var key = string.Join('\u001f', occasion, communeCode ?? "", VietnameseText.Fold(voterName), VietnameseText.Fold(content));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Staff edit the row. The natural key stays: it identifies the row as first entered or imported.</summary>
    public void Edit(OpinionText text, DateTimeOffset now)
    {
        var contentChanged = text.Content != Content;
        ApplyText(text, now);
        if (contentChanged && RoutingStatus != RoutingStatus.Confirmed)
        {
            // The old suggestion was for the old text.
            RoutingStatus = RoutingStatus.Pending;
        }

        Version++;
    }

    /// <summary>Records the classifier's suggestion, unless staff already confirmed a routing (their word stands).</summary>
    public bool ApplySuggestion(RoutingSuggestion suggestion, DateTimeOffset at)
    {
        if (RoutingStatus == RoutingStatus.Confirmed)
        {
            return false;
        }

        TopicCode = suggestion.TopicCode;
        CompetenceLevel = suggestion.Level;
        AgencyCode = suggestion.Agency.Code;
        RoutingConfidence = suggestion.TopicConfidence;
        RoutingStatus = suggestion.NeedsManualTriage ? RoutingStatus.NeedsTriage : RoutingStatus.Suggested;
        UpdatedAt = at;
        return true;
    }

    /// <summary>Staff confirm or correct the routing. Returns true when it differs from what was suggested (a correction).</summary>
    public bool ConfirmRouting(string topicCode, string level, string? agencyCode, string actorUserId, DateTimeOffset at)
    {
        if (!CompetenceLevels.IsValid(level))
        {
            throw new ArgumentException($"Unknown competence level '{level}'.", nameof(level));
        }

        var corrected = topicCode != TopicCode || level != CompetenceLevel || agencyCode != AgencyCode;
        TopicCode = topicCode;
        CompetenceLevel = level;
        AgencyCode = agencyCode;
        RoutingConfidence = null;
        RoutingStatus = RoutingStatus.Confirmed;
        RoutingConfirmedByUserId = actorUserId;
        RoutingConfirmedAt = at;
        UpdatedAt = at;
        Version++;
        return corrected;
    }

    /// <summary>Consolidation merged this opinion into a compiled item (or, with null, took it out again).</summary>
    public void AssignToConsolidatedItem(Guid? consolidatedItemId, DateTimeOffset at)
    {
        ConsolidatedItemId = consolidatedItemId;
        UpdatedAt = at;
    }

    private void ApplyText(OpinionText text, DateTimeOffset now)
    {
        if (text.VoterCount is < 1 or > MaxVoterCount)
        {
            throw new ArgumentOutOfRangeException(nameof(text), "Voter count out of range.");
        }

        VoterName = text.VoterName;
        VoterPlace = text.VoterPlace;
        Content = text.Content;
        SearchText = VietnameseText.Fold(text.Content);
        VoterCount = text.VoterCount;
        AnsweredOnTheSpot = text.AnsweredOnTheSpot;
        OnTheSpotAnswer = text.AnsweredOnTheSpot ? text.OnTheSpotAnswer : null;
        UpdatedAt = now;
    }
}
