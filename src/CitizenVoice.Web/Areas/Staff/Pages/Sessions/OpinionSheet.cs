using CitizenVoice.Core.Common;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>What the rapid-entry sheet shows: the meeting's rows, the entry row (fresh or with errors), the catalogs.</summary>
public sealed record OpinionSheet(
    VoterMeeting Meeting,
    IReadOnlyList<VoterOpinion> Opinions,
    OpinionEntry Entry,
    ValidationErrors Errors,
    bool CanEdit,
    Guid? EditingId,
    string? Message,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Agency> Agencies,
    ILookup<Guid, OpinionComment> Comments)
{
    public OpinionRowView Row(VoterOpinion opinion, int number, ValidationErrors? errors = null) =>
        new(Meeting.Id, opinion, number, CanEdit, EditingId == opinion.Id,
            errors ?? (EditingId == opinion.Id ? Errors : new ValidationErrors()), Topics, Agencies, Comments[opinion.Id].ToList());

    /// <summary>Errors of the entry row (those of an edited row show on that row).</summary>
    public ValidationErrors EntryErrors => EditingId is null ? Errors : new ValidationErrors();
}
