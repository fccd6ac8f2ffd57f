using System.Globalization;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// "Đề xuất gộp": clusters the session's opinions that are in no item yet. Clustering is recomputed on each request
/// (a few thousand opinions take well under a second), so accepted opinions drop out at once and nothing goes stale;
/// only the requested page of clusters is described in full.
/// </summary>
public sealed class ProposeConsolidation(ICitizenVoiceDb db, PlaceCatalog places)
{
    public const int DefaultPageSize = 20;

    public async Task<ConsolidationProposal> ExecuteAsync(Session session, int page, int pageSize, bool groupsOnly, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 5, 100);
        var opinions = await db.VoterOpinions.AsNoTracking()
            .Where(o => o.SessionId == session.Id && o.ConsolidatedItemId == null)
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Content, o.VoterCount, o.MeetingId, o.ProvinceCode, o.CommuneCode, o.TopicCode, o.AgencyCode })
            .ToListAsync(cancellationToken);
        var catalog = await places.GetAsync(cancellationToken);
        var provinces = opinions.Select(o => o.ProvinceCode).Distinct(StringComparer.Ordinal).ToList();
        var placeNames = provinces.SelectMany(catalog.CommunesOf).Select(c => c.Name)
            .Concat(provinces.Select(p => catalog.ProvincesByCode.TryGetValue(p, out var province) ? province.ShortName : p))
            .ToList();
        var clusterer = new OpinionClusterer(new OpinionClustererOptions { PlaceNames = placeNames });
        var clusters = clusterer.Cluster(opinions.Select(o => new ClusterInput(o.Id, o.Content, null, o.ProvinceCode, o.CommuneCode)).ToList(), cancellationToken)
            .Where(c => !groupsOnly || c.Count > 1)
            .ToList();

        var pageCount = Math.Max(1, (clusters.Count + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var shown = clusters.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var meetings = await db.VoterMeetings.AsNoTracking().Where(m => m.SessionId == session.Id)
            .Select(m => new { m.Id, m.Date, m.Place }).ToDictionaryAsync(m => m.Id, cancellationToken);
        var byId = opinions.ToDictionary(o => o.Id);

        ProposedOpinion Describe(Guid id)
        {
            var o = byId[id];
            var meeting = o.MeetingId is { } m && meetings.TryGetValue(m, out var held)
                ? held.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + " – " + held.Place
                : "Gửi qua Cổng thông tin";
            var commune = o.CommuneCode is not null && catalog.CommunesByCode.TryGetValue(o.CommuneCode, out var c) ? c.FullName : null;
            return new ProposedOpinion(o.Id, o.Content, o.VoterCount, meeting, commune, o.TopicCode, o.AgencyCode);
        }

        var described = shown.Select(c => new ProposedCluster(
            c.RepresentativeId,
            c.MemberIds.OrderBy(id => id == c.RepresentativeId ? 0 : 1).Select(Describe).ToList(),
            c.MeanSimilarity,
            c.CommuneCount)).ToList();
        return new ConsolidationProposal(opinions.Count, clusters.Count, page, pageSize, described);
    }
}
