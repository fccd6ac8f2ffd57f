using System.Net;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;

namespace CitizenVoice.Web.Tests.Consolidation;

/// <summary>
/// A Hà Nội session with three meetings and opinions that repeat across them: health insurance for near-poor households
/// (three meetings and one portal opinion with an email), a provincial road (two meetings), power cuts (one meeting).
/// </summary>
public static class ConsolidationData
{
    public static readonly string HanoiOffice = UnitCodes.DefaultIntake("01");
    public const string CitizenEmail = "nguyenthimai@example.vn";

    public sealed record Seeded(Guid SessionId, Guid[] Insurance, Guid[] Road, Guid Power);

    public static Task<Seeded> SeedAsync(CitizenVoiceApp app, string unitCode, int sessionNumber = 1) => app.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var session = Session.Plan(SessionBody.NationalAssembly, "XVI", sessionNumber, UnitCodes.Central, unitCode, null,
            new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 31), null, now);
        db.Sessions.Add(session);
        var meetings = new[] { ("00070", "Hội trường UBND phường Hoàn Kiếm"), ("00166", "Nhà văn hóa tổ dân phố 5, phường Cầu Giấy"), ("00235", "Hội trường UBND phường Đống Đa") }
            .Select((m, i) => VoterMeeting.Plan(session, new VoterMeetingDetails(MeetingPhase.BeforeSession, new DateOnly(2026, 12, 1 + i), null, m.Item2, "01", m.Item1,
                "01.DDBQH-T", ["Nguyễn Văn An"], 120 + i * 10, null, VoterMeetingStatus.Held), null, now))
            .ToArray();
        db.VoterMeetings.AddRange(meetings);

        VoterOpinion Raise(int meeting, string content, string topic, string level, string agency, int voters = 1)
        {
            var opinion = VoterOpinion.Record(meetings[meeting], new OpinionText(null, null, content, voters, false, null), null, null, now);
            opinion.ConfirmRouting(topic, level, agency, "seed", now);
            db.VoterOpinions.Add(opinion);
            return opinion;
        }

        var insurance = new[]
        {
            Raise(0, "Đề nghị nâng mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo lên 100%.", "bao-hiem", "trung-uong", "BYT", 3),
            Raise(1, "Đề nghị Nhà nước hỗ trợ 100% mức đóng bảo hiểm y tế cho hộ cận nghèo.", "bao-hiem", "trung-uong", "BYT"),
            Raise(2, "Đề nghị tăng mức hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo lên 100% để người dân yên tâm khám bệnh.", "bao-hiem", "trung-uong", "BYT", 2),
        };
        var online = VoterOpinion.ReceiveOnline(session, "01", "00070", "Nguyễn Thị Mai",
            "Đề nghị hỗ trợ 100% mức đóng bảo hiểm y tế cho người thuộc hộ cận nghèo.", CitizenEmail, "2026-01", now);
        online.ConfirmRouting("bao-hiem", "trung-uong", "BYT", "seed", now);
        db.VoterOpinions.Add(online);
        var road = new[]
        {
            Raise(0, "Đường Trần Khánh Dư xuống cấp nghiêm trọng, nhiều ổ gà, đề nghị thành phố sớm sửa chữa, nâng cấp.", "giao-thong", "tinh", "SXD"),
            Raise(1, "Đề nghị thành phố sớm sửa chữa, nâng cấp đường Trần Khánh Dư đã xuống cấp, nhiều ổ gà.", "giao-thong", "tinh", "SXD", 4),
        };
        var power = Raise(2, "Tình trạng cắt điện không báo trước vào mùa hè gây ảnh hưởng sinh hoạt và kinh doanh của người dân.", "cong-thuong-dien", "trung-uong", "EVN");
        await db.SaveChangesAsync();
        return new Seeded(session.Id, [.. insurance.Select(o => o.Id), online.Id], [.. road.Select(o => o.Id)], power.Id);
    });

    /// <summary>Posts a staff form like a browser without JavaScript: antiforgery token from <paramref name="page"/>, repeated keys allowed.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IEnumerable<(string Key, string Value)> fields)
    {
        var html = await client.GetStringAsync(page);
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", PortalForms.Token(html)) };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(action, content);
    }

    public static async Task<Guid> AcceptAsync(CitizenVoiceApp app, HttpClient client, Guid sessionId, IReadOnlyList<Guid> opinionIds, string? summary = null)
    {
        var page = $"/staff/sessions/{sessionId}/consolidation";
        var fields = opinionIds.Select(id => ("opinionIds", id.ToString())).ToList();
        if (summary is not null)
        {
            fields.Add(("summary", summary));
        }

        var response = await PostAsync(client, page, page + "?handler=accept", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var itemId = await ItemOfAsync(app, opinionIds[0]);
        Assert.NotNull(itemId);
        return itemId.Value;
    }

    public static Task<Guid?> ItemOfAsync(CitizenVoiceApp app, Guid opinionId) =>
        app.WithDbAsync(db => Task.FromResult(db.VoterOpinions.Where(o => o.Id == opinionId).Select(o => o.ConsolidatedItemId).Single()));
}
