using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Tests.Deadlines;

public sealed class ApplicableDeadlinesTests
{
    [Theory]
    [InlineData(SubmissionKind.Recommendation, new[] { "XLD" })]
    [InlineData(SubmissionKind.Feedback, new[] { "XLD" })]
    [InlineData(SubmissionKind.Complaint, new[] { "XLD", "KN1-ACCEPT" })]
    [InlineData(SubmissionKind.Denunciation, new[] { "XLD", "TC-INIT" })]
    public void EveryLetterGetsTheProcessingClockOnReceipt(SubmissionKind kind, string[] expected) =>
        Assert.Equal(expected, ApplicableDeadlines.For(kind, SubmissionStatus.Received));

    [Theory]
    [InlineData(SubmissionKind.Complaint, new[] { "KN1-RESOLVE" })]
    [InlineData(SubmissionKind.Denunciation, new[] { "TC-NOTIFY", "TC-RESOLVE" })]
    [InlineData(SubmissionKind.Feedback, new string[0])]
    public void AcceptanceStartsTheResolutionClocks(SubmissionKind kind, string[] expected) =>
        Assert.Equal(expected, ApplicableDeadlines.For(kind, SubmissionStatus.Accepted));

    [Fact]
    public void EveryApplicableRuleIsInTheCatalogue()
    {
        var calculator = new DeadlineCalculator(WorkingDayCalendar.WeekendsOnly);
        var ids = Enum.GetValues<SubmissionKind>()
            .SelectMany(kind => Enum.GetValues<SubmissionStatus>().SelectMany(status => ApplicableDeadlines.For(kind, status)));

        Assert.All(ids, id => Assert.Equal(id, calculator.Rule(id).Id));
    }
}
