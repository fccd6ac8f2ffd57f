using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Tests.Submissions;

public sealed class SubmissionWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ReceivedSubmissionStartsItsHistory()
    {
        var submission = Receive(SubmissionKind.Recommendation);

        Assert.Equal(SubmissionStatus.Received, submission.Status);
        var step = Assert.Single(submission.History);
        Assert.Equal(SubmissionStatus.Received, step.Status);
        Assert.Equal(Now, step.At);
    }

    [Fact]
    public void MovingRecordsTheStepAndBumpsTheVersion()
    {
        var submission = Receive(SubmissionKind.Recommendation);

        submission.MoveTo(SubmissionStatus.InProgress, "Đang xử lý", "user-1", Now.AddHours(1));
        submission.MoveTo(SubmissionStatus.Forwarded, "Đã chuyển", "user-1", Now.AddHours(2));

        Assert.Equal(SubmissionStatus.Forwarded, submission.Status);
        Assert.Equal(2, submission.Version);
        Assert.Equal(3, submission.History.Count);
        Assert.Equal("user-1", submission.History[^1].ActorUserId);
    }

    [Theory]
    [InlineData(SubmissionStatus.Received, SubmissionStatus.Answered)]
    [InlineData(SubmissionStatus.Archived, SubmissionStatus.InProgress)]
    [InlineData(SubmissionStatus.Answered, SubmissionStatus.InProgress)]
    [InlineData(SubmissionStatus.Guided, SubmissionStatus.Forwarded)]
    public void RefusesMovesTheWorkflowDoesNotAllow(SubmissionStatus from, SubmissionStatus to) =>
        Assert.False(Submission.CanMove(from, to));

    [Fact]
    public void DenunciationIdentityIsConfidential()
    {
        Assert.True(Receive(SubmissionKind.Denunciation).IsIdentityConfidential);
        Assert.False(Receive(SubmissionKind.Feedback).IsIdentityConfidential);
    }

    [Fact]
    public void ComplaintWindowIsNinetyDaysFromLearning()
    {
        var draft = Draft(SubmissionKind.Complaint) with { ComplaintLearnedOn = new DateOnly(2026, 9, 1), ComplaintSubject = "Quyết định 12/QĐ-UBND" };

        var submission = Submission.Receive(draft, TrackingCode.NewCode(), Now);

        Assert.Equal(new DateOnly(2026, 11, 30), submission.ComplaintWindowEndsOn);
    }

    [Fact]
    public void SearchTextIsFoldedForSearchWithoutDiacritics()
    {
        var submission = Receive(SubmissionKind.Feedback);

        Assert.Contains("den chieu sang", submission.SearchText, StringComparison.Ordinal);
    }

    private static Submission Receive(SubmissionKind kind) => Submission.Receive(Draft(kind), TrackingCode.NewCode(), Now);

    private static SubmissionDraft Draft(SubmissionKind kind) => new(
        kind, SubmissionChannel.Online, "Đèn chiếu sáng hỏng", "Đèn chiếu sáng ngõ 12 hỏng hai tuần nay.", "01", "00070", null,
        new Submitter { FullName = "Vũ Thị Mai", Phone = "0912345678" }, false, null, null, "2026-01");
}
