using CitizenVoice.Core.Common;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.SessionReports;

/// <summary>The stored version (null unless saved), the model it was written from, and how long it took.</summary>
public sealed record GenerateReportResult(VoterMeetingOutcome Outcome, ValidationErrors Errors, ReportVersion? Version = null,
    SessionReportModel? Model = null, TimeSpan Elapsed = default);
