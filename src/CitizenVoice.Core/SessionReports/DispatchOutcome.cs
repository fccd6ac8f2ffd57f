namespace CitizenVoice.Core.SessionReports;

/// <summary>How sending a report ended.</summary>
public enum DispatchOutcome
{
    Queued,
    NotFound,
    Forbidden,
    NoRecipients,

    /// <summary>Some recipients already received a version of this report: the compiler must confirm sending again.</summary>
    NeedsConfirmation,
}
