using CitizenVoice.Core.Reports;

namespace CitizenVoice.Core.SessionReports;

/// <summary>A report model and the snapshot of its figures, built together so they cannot disagree.</summary>
public sealed record SessionReportModel(VoterPetitionReport Report, ReportSnapshot Snapshot);
