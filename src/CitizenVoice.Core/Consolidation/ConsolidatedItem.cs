using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// A compiled item (kiến nghị tổng hợp): one summary for identical opinions raised at several meetings, linked to every
/// original opinion through <see cref="VoterOpinion.ConsolidatedItemId"/> (NQLT 72/2025: merge identical opinions,
/// keep the links to every source meeting). After the session it carries the agency's answer.
/// </summary>
public sealed class ConsolidatedItem : IUnitOwned
{
    public const int SummaryMaxLength = 4000;
    public const int SummaryMinLength = 10;
    public const int AgencyNameMaxLength = 200;
    public const int AnswerDocumentNumberMaxLength = 60;
    public const int AnswerTextMaxLength = 20_000;

    /// <summary>Gap between sort keys, so an item can later be placed between two others without renumbering.</summary>
    public const int SortStep = 10;

    private ConsolidatedItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    /// <summary>The session's reporting unit; scoping follows it.</summary>
    public string OwnerUnitCode { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string? TopicCode { get; private set; }

    /// <summary>One of <see cref="CompetenceLevels"/>.</summary>
    public string CompetenceLevel { get; private set; } = CompetenceLevels.Central;

    /// <summary>agencies.csv code of the answering agency type ("BYT", "SXD", "UBND-X").</summary>
    public string? AgencyCode { get; private set; }

    /// <summary>The concrete local unit when the competence is local ("01.SXD", "01.00070.UBND-X").</summary>
    public string? AgencyUnitCode { get; private set; }

    /// <summary>Order within its report group (same competence and agency).</summary>
    public int SortKey { get; private set; }

    /// <summary>The opinion whose wording was first proposed as the summary.</summary>
    public Guid? RepresentativeOpinionId { get; private set; }

    /// <summary>"lượt ý kiến": linked opinions.</summary>
    public int OpinionCount { get; private set; }

    /// <summary>Sum of the linked opinions' voter counts.</summary>
    public int VoterCount { get; private set; }

    /// <summary>Distinct meetings that raised it (portal opinions have none).</summary>
    public int MeetingCount { get; private set; }

    /// <summary>Distinct communes that raised it.</summary>
    public int LocalityCount { get; private set; }

    public ConsolidatedItemStatus Status { get; private set; }

    /// <summary>Day the agency received the item (starts CT-ANSWER).</summary>
    public DateOnly? ReceivedByAgencyOn { get; private set; }

    public string? AnswerAgencyName { get; private set; }

    public string? AnswerDocumentNumber { get; private set; }

    public DateOnly? AnswerDate { get; private set; }

    public string? AnswerText { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredByUserId { get; private set; }

    /// <summary>Shown on the portal page of answers to voters.</summary>
    public bool IsAnswerPublished { get; private set; }

    public DateTimeOffset? AnswerPublishedAt { get; private set; }

    /// <summary>Folded summary and answer, for portal search with or without diacritics.</summary>
    public string SearchText { get; private set; } = "";

    public string? CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsLocal => CompetenceLevels.IsLocal(CompetenceLevel);

    public static ConsolidatedItem Compile(Session session, string summary, VoterOpinion representative, int sortKey, string? createdByUserId, DateTimeOffset now)
    {
        var item = new ConsolidatedItem
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            OwnerUnitCode = session.OwnerUnitCode,
            Summary = summary,
            TopicCode = representative.TopicCode,
            CompetenceLevel = CompetenceLevels.IsValid(representative.CompetenceLevel) ? representative.CompetenceLevel! : CompetenceLevels.Central,
            AgencyCode = representative.AgencyCode,
            RepresentativeOpinionId = representative.Id,
            SortKey = sortKey,
            Status = ConsolidatedItemStatus.Compiled,
            CreatedByUserId = createdByUserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        item.RefreshSearchText();
        return item;
    }

    /// <summary>Links the opinions and recounts from every opinion now linked (<paramref name="linked"/> includes them).</summary>
    public void Recount(IReadOnlyCollection<VoterOpinion> linked, DateTimeOffset now)
    {
        OpinionCount = linked.Count;
        VoterCount = linked.Sum(o => o.VoterCount);
        MeetingCount = linked.Where(o => o.MeetingId is not null).Select(o => o.MeetingId).Distinct().Count();
        LocalityCount = linked.Where(o => o.CommuneCode is not null).Select(o => o.CommuneCode).Distinct(StringComparer.Ordinal).Count();
        UpdatedAt = now;
        Version++;
    }

    public void Edit(string summary, string? topicCode, string level, string? agencyCode, string? agencyUnitCode, DateTimeOffset now)
    {
        if (!CompetenceLevels.IsValid(level))
        {
            throw new ArgumentException($"Unknown competence level '{level}'.", nameof(level));
        }

        Summary = summary;
        TopicCode = topicCode;
        CompetenceLevel = level;
        AgencyCode = agencyCode;
        AgencyUnitCode = CompetenceLevels.IsLocal(level) ? agencyUnitCode : null;
        RefreshSearchText();
        UpdatedAt = now;
        Version++;
    }

    public void PlaceAt(int sortKey, DateTimeOffset now)
    {
        SortKey = sortKey;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>The report was sent: the agency's clock starts on the day it received it, unless already set.</summary>
    public void MarkForwarded(DateOnly receivedOn, DateTimeOffset now)
    {
        if (ReceivedByAgencyOn is not null)
        {
            return;
        }

        ReceivedByAgencyOn = receivedOn;
        if (Status == ConsolidatedItemStatus.Compiled)
        {
            Status = ConsolidatedItemStatus.Forwarded;
        }

        UpdatedAt = now;
        Version++;
    }

    public void RecordAnswer(string agencyName, string? documentNumber, DateOnly answerDate, string text, DateOnly? receivedOn,
        bool publish, string actorUserId, DateTimeOffset now)
    {
        AnswerAgencyName = agencyName;
        AnswerDocumentNumber = documentNumber;
        AnswerDate = answerDate;
        AnswerText = text;
        ReceivedByAgencyOn = receivedOn ?? ReceivedByAgencyOn;
        AnsweredAt ??= now;
        AnsweredByUserId = actorUserId;
        Status = ConsolidatedItemStatus.Answered;
        IsAnswerPublished = publish;
        AnswerPublishedAt = publish ? AnswerPublishedAt ?? now : null;
        RefreshSearchText();
        UpdatedAt = now;
        Version++;
    }

    private void RefreshSearchText() =>
        SearchText = VietnameseText.Fold(string.Join(' ', Summary, AnswerAgencyName, AnswerText));
}
