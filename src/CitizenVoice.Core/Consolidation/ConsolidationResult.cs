using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Consolidation;

/// <summary>The outcome of a consolidation step, with the item as stored (null when it was removed or not found).</summary>
public sealed record ConsolidationResult(VoterMeetingOutcome Outcome, ValidationErrors Errors, ConsolidatedItem? Item = null)
{
    public static ConsolidationResult NotFound() => new(VoterMeetingOutcome.NotFound, new ValidationErrors());

    public static ConsolidationResult Forbidden() => new(VoterMeetingOutcome.Forbidden, new ValidationErrors());

    public static ConsolidationResult Conflict(string message)
    {
        var errors = new ValidationErrors();
        errors.Add("", message);
        return new ConsolidationResult(VoterMeetingOutcome.Conflict, errors);
    }

    public static ConsolidationResult Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new ConsolidationResult(VoterMeetingOutcome.Invalid, errors);
    }
}
