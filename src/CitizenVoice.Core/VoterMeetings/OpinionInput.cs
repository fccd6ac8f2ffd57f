using System.Globalization;
using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>One opinion as typed or imported (raw strings), with the single validation every entry path shares.</summary>
public sealed record OpinionInput(
    string? VoterName,
    string? VoterPlace,
    string? Content,
    string? VoterCount,
    bool AnsweredOnTheSpot = false,
    string? OnTheSpotAnswer = null)
{
    /// <summary>Cleans and checks the fields; errors are keyed voterName, voterPlace, content, voterCount, onTheSpotAnswer.</summary>
    public OpinionText? Validate(ValidationErrors errors)
    {
        var name = TextField.Clean(VoterName, "voterName", "họ tên cử tri", VoterOpinion.VoterNameMaxLength, errors);
        var place = TextField.Clean(VoterPlace, "voterPlace", "nơi ở của cử tri", VoterOpinion.VoterPlaceMaxLength, errors);
        var content = TextField.Clean(Content, "content", "nội dung ý kiến", VoterOpinion.ContentMaxLength, errors,
            required: true, multiline: true, minLength: VoterOpinion.ContentMinLength);
        var count = 1;
        if (!string.IsNullOrWhiteSpace(VoterCount)
            && (!int.TryParse(VoterCount.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count)
                || count is < 1 or > VoterOpinion.MaxVoterCount))
        {
            errors.Add("voterCount", $"Số cử tri nêu ý kiến phải là số nguyên từ 1 đến {VoterOpinion.MaxVoterCount}.");
        }

        var answer = AnsweredOnTheSpot
            ? TextField.Clean(OnTheSpotAnswer, "onTheSpotAnswer", "nội dung trả lời tại chỗ", VoterOpinion.OnTheSpotAnswerMaxLength,
                errors, multiline: true)
            : null;
        return errors.IsEmpty ? new OpinionText(name, place, content!, count, AnsweredOnTheSpot, answer) : null;
    }
}
