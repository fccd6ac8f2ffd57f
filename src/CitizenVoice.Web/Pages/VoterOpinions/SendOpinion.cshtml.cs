using CitizenVoice.Core;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Web.Hosting;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Pages.VoterOpinions;

/// <summary>
/// "Góp ý kỳ họp": upcoming sessions and published meeting announcements, and a form to send an opinion for a session.
/// While the citizen types, similar items already answered are offered (htmx), or on the button without JavaScript.
/// </summary>
[EnableRateLimiting(RateLimitingOptions.SubmitPolicy)]
public sealed class SendOpinionModel(
    ICitizenVoiceDb db,
    PlaceDirectory places,
    PlaceCatalog placeCatalog,
    UnitNameCache unitNames,
    SendOnlineOpinion sendOpinion,
    FindSimilarAnswers findSimilar,
    TimeProvider clock) : PageModel
{
    public const string SentKey = "OpinionSent";

    public OpinionFormInput Input { get; private set; } = new();

    public ValidationErrors Errors { get; private set; } = new();

    public IReadOnlyList<(Session Session, string UnitName)> Sessions { get; private set; } = [];

    public IReadOnlyList<PublishedMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<Province> Provinces { get; private set; } = [];

    public IReadOnlyList<Commune>? CommuneSuggestions { get; private set; }

    public IReadOnlyList<AnsweredItem>? Similar { get; private set; }

    public bool Sent { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sent = TempData[SentKey] is true;
        await LoadAsync(cancellationToken);
    }

    /// <summary>htmx: the similar answered items for what has been typed so far.</summary>
    public async Task<IActionResult> OnGetSimilarAsync(string? content, CancellationToken cancellationToken) =>
        Partial("_SimilarAnswers", await findSimilar.ExecuteAsync(content, cancellationToken));

    /// <summary>Without JavaScript: the same page, the form kept, with the similar items under the content.</summary>
    public async Task<IActionResult> OnPostSimilarAsync(OpinionFormInput input, CancellationToken cancellationToken)
    {
        Input = input;
        Similar = await findSimilar.ExecuteAsync(input.Content, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(OpinionFormInput input, CancellationToken cancellationToken)
    {
        Input = input;
        var result = await sendOpinion.ExecuteAsync(new SendOnlineOpinionRequest(input.SessionId, input.VoterName, input.ProvinceCode,
            string.IsNullOrWhiteSpace(input.CommuneCode) ? input.Commune : input.CommuneCode, input.Content, input.Email, input.Consent),
            cancellationToken);
        if (result.Accepted)
        {
            TempData[SentKey] = true;
            return RedirectToPage();
        }

        Errors = result.Errors;
        await LoadAsync(cancellationToken);
        if (Errors.Has("communeCode") && !string.IsNullOrWhiteSpace(input.ProvinceCode) && !Errors.Has("provinceCode"))
        {
            CommuneSuggestions = await places.SearchCommunesAsync(input.ProvinceCode, VietnameseText.ToNfc(input.Commune ?? ""), cancellationToken);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.OpensOn > today).OrderBy(s => s.OpensOn).Take(50).ToListAsync(cancellationToken);
        var list = new List<(Session, string)>();
        foreach (var session in sessions)
        {
            list.Add((session, await unitNames.NameAsync(session.OwnerUnitCode, cancellationToken)));
        }

        Sessions = list;
        var titles = sessions.ToDictionary(s => s.Id, s => s.Title);
        var map = await placeCatalog.GetAsync(cancellationToken);
        var meetings = await db.VoterMeetings.AsNoTracking().Where(m => m.IsPublished && m.Date >= today)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime).Take(100).ToListAsync(cancellationToken);
        var missing = meetings.Select(m => m.SessionId).Where(id => !titles.ContainsKey(id)).Distinct().ToList();
        foreach (var s in await db.Sessions.AsNoTracking().Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.Title }).ToListAsync(cancellationToken))
        {
            titles[s.Id] = s.Title;
        }

        Meetings = meetings.Select(m => new PublishedMeeting(m.Date, m.StartTime, m.Place,
            map.CommunesByCode.TryGetValue(m.CommuneCode, out var c) ? c.FullName : m.CommuneCode, m.Deputies, m.AnnouncedContent,
            titles.GetValueOrDefault(m.SessionId, ""))).ToList();
        Provinces = await places.ProvincesAsync(cancellationToken);
    }
}
