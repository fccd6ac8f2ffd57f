using System.Diagnostics;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.SessionReports;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Consolidation;

public sealed class ReportGenerationPerformanceTests
{
    [Fact]
    public async Task ThreeThousandOpinionReportIsGeneratedAndStoredQuickly()
    {
        using var app = CitizenVoiceApp.Sqlite();
        var unit = UnitCodes.DefaultIntake("01");
        var sessionId = await app.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var session = Session.Plan(SessionBody.NationalAssembly, "XVI", 2, UnitCodes.Central, unit, null, new DateOnly(2027, 5, 20), new DateOnly(2027, 6, 30), null, now);
            db.Sessions.Add(session);
            string[] communes = ["00004", "00070", "00103", "00166", "00235"];
            var meetings = Enumerable.Range(0, 30).Select(i => VoterMeeting.Plan(session, new VoterMeetingDetails(MeetingPhase.BeforeSession,
                new DateOnly(2027, 5, 1 + i % 28), null, $"Hội trường tổ dân phố {i + 1}", "01", communes[i % communes.Length], "01.DDBQH-T", ["Nguyễn Văn An"],
                100 + i, null, VoterMeetingStatus.Held), null, now)).ToList();
            db.VoterMeetings.AddRange(meetings);
            string[] agencies = ["BYT", "BXD", "BGDDT", "BNNMT", "BTC", "SXD", "SYT", "SGDDT"];
            for (var item = 0; item < 150; item++)
            {
                var agency = agencies[item % agencies.Length];
                var level = agency.StartsWith('S') ? "tinh" : "trung-uong";
                var opinions = Enumerable.Range(0, 20).Select(k =>
                {
                    var opinion = VoterOpinion.Record(meetings[(item + k) % meetings.Count],
                        new OpinionText(null, null, $"Ý kiến số {k + 1} về vấn đề {item + 1}: đề nghị cơ quan có thẩm quyền xem xét, giải quyết dứt điểm để bảo đảm quyền lợi của người dân.", 1 + k % 3, false, null),
                        null, null, now);
                    opinion.ConfirmRouting("khac", level, agency, "seed", now);
                    return opinion;
                }).ToList();
                db.VoterOpinions.AddRange(opinions);
                var compiled = ConsolidatedItem.Compile(session, $"Cử tri kiến nghị về vấn đề số {item + 1}.", opinions[0], item * ConsolidatedItem.SortStep, null, now);
                foreach (var o in opinions)
                {
                    o.AssignToConsolidatedItem(compiled.Id, now);
                }

                compiled.Recount(opinions, now);
                db.ConsolidatedItems.Add(compiled);
            }

            await db.SaveChangesAsync();
            return session.Id;
        });

        var actor = new StaffScope("bench", "Cán bộ tổng hợp", unit, new HashSet<string> { StaffRoles.ReportCompiler });
        var (result, elapsed, warmUp) = await app.InScopeAsync(async sp =>
        {
            var session = await sp.GetRequiredService<Core.ICitizenVoiceDb>().Sessions.FindAsync(sessionId);
            var settings = ReportSettings.DefaultFor(session!, null, new DateOnly(2027, 5, 5)) with { SignerName = "Phạm Thị Thanh Mai", Place = "Hà Nội" };
            var build = Stopwatch.GetTimestamp();
            var model = await sp.GetRequiredService<BuildVoterPetitionReport>().ExecuteAsync(session!, settings, CancellationToken.None);
            var docx = Stopwatch.GetTimestamp();
            await using (var sink = new MemoryStream())
            {
                await sp.GetRequiredService<Reports.VoterPetitions.PreSessionReportDocx>().WriteAsync(model.Report, sink, CancellationToken.None);
            }

            var xlsx = Stopwatch.GetTimestamp();
            await using (var sink = new MemoryStream())
            {
                await sp.GetRequiredService<Reports.VoterPetitions.OpinionsAppendixXlsx>().WriteAsync(model.Report, sink, CancellationToken.None);
            }

            var warmUp = $"warm-up: build {Stopwatch.GetElapsedTime(build, docx).TotalMilliseconds:0} ms, docx {Stopwatch.GetElapsedTime(docx, xlsx).TotalMilliseconds:0} ms, xlsx {Stopwatch.GetElapsedTime(xlsx).TotalMilliseconds:0} ms";
            var started = Stopwatch.GetTimestamp();
            var generated = await sp.GetRequiredService<GenerateSessionReport>().ExecuteAsync(sessionId, settings, actor, CancellationToken.None);
            return (generated, Stopwatch.GetElapsedTime(started), warmUp);
        });

        Assert.Equal(VoterMeetingOutcome.Saved, result.Outcome);
        Assert.Equal(3000, result.Version!.OpinionCount);
        Assert.Equal(150, result.Version.ItemCount);
        // The 3 s target is held by bench/consolidate.sh (Release build); this Debug test on a shared runner guards
        // against an order-of-magnitude regression of the same path (build, both writers, stored version).
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"Generating the 3,000-opinion report took {elapsed.TotalSeconds:0.00} s ({warmUp})");
    }
}
