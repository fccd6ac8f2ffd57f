namespace CitizenVoice.Core.VoterMeetings;

/// <summary>A session report deadline (CT-REPORT): the pre-session or post-session summary, and its last day.</summary>
public sealed record ReportDeadline(MeetingPhase Report, DateOnly DueOn)
{
    public string Label => Report == MeetingPhase.BeforeSession
        ? "Báo cáo tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp"
        : "Báo cáo kết quả tiếp xúc cử tri sau kỳ họp";
}
