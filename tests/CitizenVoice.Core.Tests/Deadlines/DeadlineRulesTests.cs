using CitizenVoice.Core.Deadlines;

namespace CitizenVoice.Core.Tests.Deadlines;

public sealed class DeadlineRulesTests
{
    [Fact]
    public void CatalogueHoldsEachRuleOfTheNotesOnce() =>
        Assert.Equal(
            ["TCD-REPLY", "XLD", "KN-LIMIT", "KN1-ACCEPT", "KN1-RESOLVE", "KN2-WINDOW", "KN2-ACCEPT", "KN2-RESOLVE",
                "TC-INIT", "TC-FORWARD", "TC-NOTIFY", "TC-RESOLVE", "CT-ANSWER", "DP-REQ"],
            DeadlineRules.All.Select(r => r.Id));

    [Fact]
    public void OnlyLimitsWrittenInWorkingDaysCountWorkingDays() =>
        Assert.Equal(
            ["XLD", "TC-INIT", "TC-FORWARD", "TC-NOTIFY", "DP-REQ"],
            DeadlineRules.All.Where(r => r.Counting == DeadlineCounting.WorkingDays).Select(r => r.Id));

    [Fact]
    public void DescriptionStatesEveryVariant()
    {
        var rule = DeadlineRules.All.Single(r => r.Id == DeadlineRules.FirstComplaintResolution);

        Assert.Equal(
            "30 ngày kể từ ngày thụ lý; vụ việc phức tạp: 45 ngày; vùng sâu, vùng xa: 45 ngày, phức tạp: 60 ngày (Điều 28 Luật Khiếu nại 2011)",
            rule.Description);
    }

    [Fact]
    public void RulesMarkedVerifyInTheNotesAreFlagged() =>
        Assert.Equal(["XLD", "TC-NOTIFY", "DP-REQ"], DeadlineRules.All.Where(r => r.NeedsVerification).Select(r => r.Id));

    [Fact]
    public void ReportsAnOverrideBelowOneDay()
    {
        var options = new DeadlineOptions { Rules = { ["TC-NOTIFY"] = new DeadlineRuleOverride { Days = 0 } } };

        Assert.NotNull(DeadlineRules.ConfigurationError(options));
        Assert.Null(DeadlineRules.ConfigurationError(new DeadlineOptions()));
    }
}
