using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>
/// Counts of voter opinions and submissions in the staff member's scope, by topic, competence level, agency, locality
/// and channel. Rows are projected to a few codes and grouped in memory: a province's year is tens of thousands of rows.
/// </summary>
public sealed class OpinionStatistics(ICitizenVoiceDb db, TopicCatalog topics, AgencyCatalog agencies, PlaceCatalog places, TimeProvider clock)
{
    public async Task<StatisticsResult> ComputeAsync(StatisticsFilter filter, StaffScope scope, CancellationToken cancellationToken)
    {
        var opinions = db.VoterOpinions.AsNoTracking().VisibleTo(scope);
        IQueryable<Submission>? submissions = null;
        string title;
        if (filter.SessionId is { } sessionId)
        {
            var session = await db.Sessions.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null)
            {
                return StatisticsResult.NotFound;
            }

            opinions = opinions.Where(o => o.SessionId == sessionId);
            title = session.Title;
        }
        else
        {
            var (from, to, label) = filter.Range(clock);
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            opinions = opinions.Where(o => o.CreatedAt >= start && o.CreatedAt < end);
            submissions = db.Submissions.AsNoTracking().VisibleTo(scope).Where(s => s.ReceivedAt >= start && s.ReceivedAt < end);
            title = label;
        }

        var opinionRows = await opinions
            .Select(o => new Item(o.TopicCode, o.CompetenceLevel, o.AgencyCode, o.ProvinceCode, o.CommuneCode, o.Channel.ToString(), o.VoterCount))
            .ToListAsync(cancellationToken);
        var opinionItems = opinionRows.Select(o => o with { Channel = Enum.Parse<OpinionChannel>(o.Channel).Label() }).ToList();
        var submissionItems = submissions is null
            ? []
            : (await submissions.Select(s => new { s.TopicCode, s.CompetenceLevel, s.AgencyCode, s.ProvinceCode, s.CommuneCode, s.Channel })
                .ToListAsync(cancellationToken))
                .Select(s => new Item(s.TopicCode, s.CompetenceLevel, s.AgencyCode, s.ProvinceCode, s.CommuneCode, "Đơn thư – " + s.Channel.Label(), 1))
                .ToList();

        var map = await places.GetAsync(cancellationToken);
        string Commune(string? code) => code is not null && map.CommunesByCode.TryGetValue(code, out var c) ? c.FullName : "Không rõ";
        string Province(string code) => map.ProvincesByCode.TryGetValue(code, out var p) ? p.Name : code;
        string Agency(string? code) => code is not null && agencies.Find(code) is { } a ? a.Name : "Chưa xác định";

        var breakdowns = new List<Breakdown>
        {
            Group("Theo lĩnh vực", opinionItems, submissionItems, i => topics.Label(i.TopicCode)),
            Group("Theo thẩm quyền", opinionItems, submissionItems, i => CompetenceLevels.Label(i.Level)),
            Group("Theo cơ quan trả lời", opinionItems, submissionItems, i => Agency(i.AgencyCode)),
            Group("Theo tỉnh, thành phố", opinionItems, submissionItems, i => Province(i.ProvinceCode)),
            Group("Theo xã, phường", opinionItems, submissionItems, i => Commune(i.CommuneCode)),
            Group("Theo kênh tiếp nhận", opinionItems, submissionItems, i => i.Channel),
        };
        return new StatisticsResult(true, title, filter.SessionId is null, opinionItems.Count, opinionItems.Sum(i => i.Voters),
            submissionItems.Count, breakdowns);
    }

    private static Breakdown Group(string title, List<Item> opinions, List<Item> submissions, Func<Item, string> key)
    {
        var o = opinions.GroupBy(key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var s = submissions.GroupBy(key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = o.Keys.Union(s.Keys)
            .Select(k => new BreakdownRow(k, o.GetValueOrDefault(k), s.GetValueOrDefault(k)))
            .OrderByDescending(r => r.Opinions + r.Submissions).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        return new Breakdown(title, rows);
    }

    private sealed record Item(string? TopicCode, string? Level, string? AgencyCode, string ProvinceCode, string? CommuneCode, string Channel, int Voters);
}
