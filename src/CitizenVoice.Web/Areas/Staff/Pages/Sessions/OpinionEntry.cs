using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>One row of the rapid-entry form as posted.</summary>
public sealed class OpinionEntry
{
    public string? VoterName { get; set; }

    public string? VoterPlace { get; set; }

    public string? Content { get; set; }

    public string? VoterCount { get; set; } = "1";

    public bool AnsweredOnTheSpot { get; set; }

    public string? OnTheSpotAnswer { get; set; }

    public OpinionInput ToInput() => new(VoterName, VoterPlace, Content, VoterCount, AnsweredOnTheSpot, OnTheSpotAnswer);

    public static OpinionEntry From(VoterOpinion o) => new()
    {
        VoterName = o.VoterName,
        VoterPlace = o.VoterPlace,
        Content = o.Content,
        VoterCount = o.VoterCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnsweredOnTheSpot = o.AnsweredOnTheSpot,
        OnTheSpotAnswer = o.OnTheSpotAnswer,
    };
}
