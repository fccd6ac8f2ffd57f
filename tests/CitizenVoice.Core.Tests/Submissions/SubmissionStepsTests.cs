using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Tests.Submissions;

public sealed class SubmissionStepsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WalksTheLetterWorkflowToAnAnswer()
    {
        var s = Receive(SubmissionKind.Complaint);

        s.StartProcessing("u1", Now.AddHours(1));
        s.Accept("u1", Now.AddHours(2));
        s.RecordAnswer("Chủ tịch UBND phường đã ban hành quyết định giải quyết khiếu nại lần đầu.", "12/QĐ-UBND", new DateOnly(2026, 11, 23), "Cán bộ", "01.SXD", "Sở Xây dựng", "u1", Now.AddHours(3));

        Assert.Equal(SubmissionStatus.Answered, s.Status);
        Assert.True(s.IsClosed);
        Assert.Equal(3, s.Version);
        Assert.Contains("12/QĐ-UBND", s.History[^1].PublicNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("forward")]
    [InlineData("guide")]
    [InlineData("answer")]
    public void RefusesDecisionsBeforeProcessingStarts(string step)
    {
        var s = Receive(SubmissionKind.Recommendation);

        var error = Assert.Throws<SubmissionRuleException>(() => Apply(s, step));

        Assert.Equal("status", error.Field);
        Assert.Equal(SubmissionStatus.Received, s.Status);
        Assert.Single(s.History);
    }

    [Fact]
    public void ClosedItemsTakeNoFurtherSteps()
    {
        var s = Receive(SubmissionKind.Recommendation);
        s.Archive("Đơn trùng nội dung.", "u1", Now);

        Assert.Throws<SubmissionRuleException>(() => s.StartProcessing("u1", Now));
        Assert.Throws<SubmissionRuleException>(() => s.AssignStaff("u2", "Cán bộ", "u1", Now));
        Assert.Throws<SubmissionRuleException>(() => s.DecideComplexity(CaseComplexity.Complex, "Nhiều nội dung.", "u1", "Cán bộ", Now));
    }

    [Fact]
    public void GuidesOnlyOnce()
    {
        var s = Receive(SubmissionKind.Recommendation);
        s.StartProcessing("u1", Now);
        s.Guide("Đề nghị gửi đơn đến Tòa án nhân dân khu vực.", "u1", Now);

        var error = Assert.Throws<SubmissionRuleException>(() => s.Guide("Hướng dẫn lần hai.", "u1", Now));

        Assert.Contains("chỉ hướng dẫn một lần", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousLettersAreNotEligibleExceptADenunciationWithEvidence()
    {
        var petition = Receive(SubmissionKind.Recommendation);
        var denunciation = Receive(SubmissionKind.Denunciation);

        Assert.Throws<SubmissionRuleException>(() => petition.RecordEligibility(true, true, false, null, "u1", Now));
        Assert.Throws<SubmissionRuleException>(() => petition.RecordEligibility(true, true, true, null, "u1", Now));
        denunciation.RecordEligibility(true, true, true, null, "u1", Now);

        Assert.Equal(SubmissionStatus.InProgress, denunciation.Status);
        Assert.True(denunciation.AnonymousWithEvidence);
    }

    [Fact]
    public void IneligibleLetterIsFiledWithItsReason()
    {
        var s = Receive(SubmissionKind.Feedback);

        Assert.Throws<SubmissionRuleException>(() => s.RecordEligibility(false, false, false, " ", "u1", Now));
        s.RecordEligibility(false, false, false, "Nội dung không rõ ràng.", "u1", Now);

        Assert.Equal(SubmissionStatus.Archived, s.Status);
        Assert.Contains("Nội dung không rõ ràng.", s.History[^1].PublicNote, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateLinksToAnEarlierMasterOnly()
    {
        var master = Receive(SubmissionKind.Recommendation);
        var later = Submission.Receive(Draft(SubmissionKind.Recommendation), TrackingCode.NewCode(), Now.AddDays(1));

        Assert.Throws<SubmissionRuleException>(() => master.MarkDuplicateOf(master, null, "u1", Now));
        Assert.Throws<SubmissionRuleException>(() => master.MarkDuplicateOf(later, null, "u1", Now));
        later.MarkDuplicateOf(master, null, "u1", Now.AddDays(1));

        Assert.Equal(master.Id, later.DuplicateOfId);
        Assert.Equal(SubmissionStatus.Archived, later.Status);
        var third = Submission.Receive(Draft(SubmissionKind.Recommendation), TrackingCode.NewCode(), Now.AddDays(2));
        Assert.Throws<SubmissionRuleException>(() => third.MarkDuplicateOf(later, null, "u1", Now.AddDays(2)));
    }

    [Fact]
    public void ForwardingAssignsTheUnitButNotToTheOwner()
    {
        var s = Receive(SubmissionKind.Recommendation);
        s.StartProcessing("u1", Now);

        Assert.Throws<SubmissionRuleException>(() => s.Forward(s.OwnerUnitCode, "Văn phòng", s.OwnerUnitCode, null, "u1", Now));
        s.Forward("01.SXD", "Sở Xây dựng thành phố Hà Nội", s.OwnerUnitCode, null, "u1", Now);

        Assert.Equal("01.SXD", s.AssignedUnitCode);
        Assert.Equal(SubmissionStatus.Forwarded, s.Status);
        Assert.Contains("Sở Xây dựng thành phố Hà Nội", s.History[^1].PublicNote, StringComparison.Ordinal);
    }

    [Fact]
    public void DenouncerIdentityIsForTheHandlerAndGoverningAdministratorsOnly()
    {
        var s = Receive(SubmissionKind.Denunciation);
        s.AssignStaff("handler", "Cán bộ thụ lý", "u1", Now);
        var handler = Scope("handler", s.OwnerUnitCode, StaffRoles.Processor);
        var colleague = Scope("colleague", s.OwnerUnitCode, StaffRoles.Processor);
        var provinceAdmin = Scope("admin", "01", StaffRoles.Administrator);
        var otherAdmin = Scope("admin79", "79", StaffRoles.Administrator);

        Assert.True(s.IdentityVisibleTo(handler));
        Assert.False(s.IdentityVisibleTo(colleague));
        Assert.True(s.IdentityVisibleTo(provinceAdmin));
        Assert.False(s.IdentityVisibleTo(otherAdmin));
        Assert.True(Receive(SubmissionKind.Feedback).IdentityVisibleTo(colleague));
    }

    [Theory]
    [InlineData("0912345678", "09•• ••• 678")]
    [InlineData("02438256789", "02•• •••• 789")]
    public void MasksPhoneNumbers(string phone, string masked) => Assert.Equal(masked, ContactMask.Phone(phone));

    [Fact]
    public void MasksEmailAndIdNumber()
    {
        Assert.Equal("ng•••@example.vn", ContactMask.Email("nguyenvanan@example.vn"));
        Assert.Equal("•••••••••567", ContactMask.IdNumber("001203004567"));
    }

    private static void Apply(Submission s, string step)
    {
        switch (step)
        {
            case "accept":
                s.Accept("u1", Now);
                break;
            case "forward":
                s.Forward("01.SXD", "Sở Xây dựng", s.OwnerUnitCode, null, "u1", Now);
                break;
            case "guide":
                s.Guide("Đề nghị gửi đơn đến cơ quan có thẩm quyền.", "u1", Now);
                break;
            default:
                s.RecordAnswer("Đã trả lời công dân về nội dung đơn.", null, null, "Cán bộ", "01.SXD", "Sở Xây dựng", "u1", Now);
                break;
        }
    }

    private static StaffScope Scope(string id, string unit, string role) => new(id, id, unit, new HashSet<string> { role });

    private static Submission Receive(SubmissionKind kind) => Submission.Receive(Draft(kind), TrackingCode.NewCode(), Now);

    private static SubmissionDraft Draft(SubmissionKind kind) => new(
        kind, SubmissionChannel.Online, "Đèn chiếu sáng hỏng", "Đèn chiếu sáng ngõ 12 hỏng hai tuần nay.", "01", "00070", null,
        new Submitter { FullName = "Vũ Thị Mai", Phone = "0912345678" }, false, null, null, "2026-01");
}
