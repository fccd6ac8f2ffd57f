namespace CitizenVoice.Core.SessionReports;

/// <summary>One item of a report version: its number, section ("B"/"C"), group and counts as printed.</summary>
public sealed record SnapshotItem(Guid ItemId, int Number, string Section, string Group, string Summary, int OpinionCount, int MeetingCount, int CommuneCount);
