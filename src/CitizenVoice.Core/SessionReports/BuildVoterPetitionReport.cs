using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Reports;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using ReportItem = CitizenVoice.Core.Reports.ConsolidatedItem;

namespace CitizenVoice.Core.SessionReports;

/// <summary>
/// Builds the session report model from the compiled items: sections B (central) and C (local) grouped by agency,
/// items numbered continuously, every linked opinion under its item. The DOCX text and the XLSX appendix are both
/// written from this one model, so the counts printed in the text are the rows of the appendix.
/// </summary>
public sealed class BuildVoterPetitionReport(ICitizenVoiceDb db, ItemGrouping grouping, TopicCatalog topics, PlaceCatalog places)
{
    /// <summary>Stands for every opinion sent through the portal: one channel, counted as one source in the appendix.</summary>
    public const string PortalPlace = "Cổng thông tin điện tử (ý kiến gửi trực tuyến)";

    public async Task<SessionReportModel> ExecuteAsync(Session session, ReportSettings settings, CancellationToken cancellationToken)
    {
        var items = await db.ConsolidatedItems.AsNoTracking().Where(i => i.SessionId == session.Id).ToListAsync(cancellationToken);
        var opinions = await db.VoterOpinions.AsNoTracking()
            .Where(o => o.SessionId == session.Id && o.ConsolidatedItemId != null)
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .Select(o => new { ItemId = o.ConsolidatedItemId!.Value, o.MeetingId, o.ProvinceCode, o.CommuneCode, o.VoterName, o.Content, o.CreatedAt })
            .ToListAsync(cancellationToken);
        var meetings = await db.VoterMeetings.AsNoTracking().Where(m => m.SessionId == session.Id).ToListAsync(cancellationToken);
        var unitCodes = items.Where(i => i.AgencyUnitCode is not null).Select(i => i.AgencyUnitCode!).Distinct().ToList();
        var unitNames = await db.OrganisationUnits.AsNoTracking().Where(u => unitCodes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        var catalog = await places.GetAsync(cancellationToken);

        var meetingRefs = meetings.ToDictionary(m => m.Id, m => new VoterMeetingRef(m.Id, m.Date, m.Place));
        var firstOnline = opinions.Where(o => o.MeetingId is null).Select(o => (DateTimeOffset?)o.CreatedAt).Min();
        var portal = new VoterMeetingRef(Guid.Empty, firstOnline is { } at ? DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(7)).DateTime) : settings.Date, PortalPlace);
        var byItem = opinions.ToLookup(o => o.ItemId);

        var number = 0;
        var central = new List<PetitionGroup>();
        var local = new List<PetitionGroup>();
        var snapshot = new List<SnapshotItem>();
        foreach (var group in grouping.Group(items, unitNames))
        {
            var reportItems = new List<ReportItem>();
            foreach (var item in group.Items)
            {
                var agency = group.AgencyName;
                var level = Level(item.CompetenceLevel);
                var topic = topics.Label(item.TopicCode);
                var sources = byItem[item.Id]
                    .Select(o => new SourceOpinion(
                        o.MeetingId is { } m && meetingRefs.TryGetValue(m, out var meeting) ? meeting : portal,
                        o.CommuneCode is not null && catalog.CommunesByCode.TryGetValue(o.CommuneCode, out var commune) ? commune.FullName : "",
                        catalog.ProvincesByCode.TryGetValue(o.ProvinceCode, out var province) ? province.Name : o.ProvinceCode,
                        o.VoterName,
                        o.Content,
                        topic,
                        level,
                        agency))
                    .OrderBy(o => o.Meeting.Date).ToList();
                var reportItem = new ReportItem(++number, item.Summary, sources);
                reportItems.Add(reportItem);
                snapshot.Add(new SnapshotItem(item.Id, reportItem.Number, group.IsLocal ? "C" : "B", group.Title, item.Summary,
                    reportItem.OpinionCount, reportItem.MeetingCount, reportItem.CommuneCount));
            }

            (group.IsLocal ? local : central).Add(new PetitionGroup(group.Title, reportItems));
        }

        var summary = Meetings(meetings, settings);
        var report = new VoterPetitionReport(
            new DocumentHeader(settings.ParentBody, settings.IssuingBody, settings.Number, "BC", settings.IssuerCode, settings.Place, settings.Date),
            settings.Subject,
            ReportSettings.Paragraphs(settings.Preamble),
            summary,
            ReportSettings.Paragraphs(settings.GeneralOpinions),
            central,
            local,
            ReportSettings.Paragraphs(settings.Proposals),
            new SignatureBlock(string.IsNullOrWhiteSpace(settings.SignerAuthority) ? null : settings.SignerAuthority, settings.SignerPosition, settings.SignerName),
            new RecipientList(ReportSettings.Paragraphs(settings.Recipients), settings.Archive));
        return new SessionReportModel(report, new ReportSnapshot(summary.MeetingCount, summary.VoterCount, report.OpinionCount, snapshot));
    }

    private static MeetingSummary Meetings(IReadOnlyList<VoterMeeting> meetings, ReportSettings settings)
    {
        var held = meetings.Where(m => m.Status != VoterMeetingStatus.Planned).OrderBy(m => m.Date).ToList();
        return new MeetingSummary(
            held.Count > 0 ? held[0].Date : settings.Date,
            held.Count > 0 ? held[^1].Date : settings.Date,
            settings.Organisers,
            held.Count,
            held.Select(m => m.CommuneCode).Distinct(StringComparer.Ordinal).Count(),
            held.Sum(m => m.VotersAttending ?? 0),
            held.SelectMany(m => m.Deputies).Distinct(StringComparer.Ordinal).Select(d => "đồng chí " + d).ToList(),
            ReportSettings.Paragraphs(settings.Remarks));
    }

    private static CompetenceLevel Level(string code) => code switch
    {
        CompetenceLevels.Province => CompetenceLevel.Province,
        CompetenceLevels.Commune => CompetenceLevel.Commune,
        _ => CompetenceLevel.Central,
    };
}
