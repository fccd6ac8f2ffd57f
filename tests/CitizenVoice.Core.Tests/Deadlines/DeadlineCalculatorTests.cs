using CitizenVoice.Core.Deadlines;

namespace CitizenVoice.Core.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private static readonly DateOnly AcceptedOn = new(2026, 11, 2);
    private readonly DeadlineCalculator _calculator = new(ShippedHolidays.Calendar);

    [Fact]
    public void CalendarDayLimitEndingOnASundayMovesToMonday()
    {
        // Received Thursday 5/11/2026: the 10th day is Sunday 15/11, so acceptance is due Monday 16/11 (BLDS Điều 148).
        var result = _calculator.Compute(DeadlineRules.FirstComplaintAcceptance, new DateOnly(2026, 11, 5));

        Assert.Equal(new DateOnly(2026, 11, 16), result.DueDate);
        Assert.Equal(DeadlineCounting.CalendarDays, result.Counting);
        Assert.Contains("Điều 148 Bộ luật Dân sự 2015", result.BasisText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseComplexity.Ordinary, false, 30, 2026, 12, 2)]
    [InlineData(CaseComplexity.Complex, false, 45, 2026, 12, 17)]
    [InlineData(CaseComplexity.Ordinary, true, 45, 2026, 12, 17)]
    // Day 60 is Friday 1/1/2027, Tết Dương lịch: the limit ends on Monday 4/1/2027.
    [InlineData(CaseComplexity.Complex, true, 60, 2027, 1, 4)]
    public void FirstComplaintGets30Or45DaysAnd45Or60InRemoteAreas(
        CaseComplexity complexity, bool remote, int days, int year, int month, int day)
    {
        var factors = new DeadlineFactors { Complexity = complexity, IsRemoteArea = remote };

        var result = _calculator.Compute(DeadlineRules.FirstComplaintResolution, AcceptedOn, factors);

        Assert.Equal(days, result.Days);
        Assert.Equal(new DateOnly(year, month, day), result.DueDate);
    }

    [Fact]
    public void SecondComplaintGets70DaysWhenComplexInARemoteArea()
    {
        var factors = new DeadlineFactors { Complexity = CaseComplexity.Complex, IsRemoteArea = true };

        Assert.Equal(70, _calculator.Compute(DeadlineRules.SecondComplaintResolution, AcceptedOn, factors).Days);
    }

    [Fact]
    public void BasisTextNamesTheVariantAndTheArticle()
    {
        var result = _calculator.Compute(
            DeadlineRules.FirstComplaintResolution, AcceptedOn, new DeadlineFactors { IsRemoteArea = true });

        Assert.Equal("45 ngày kể từ ngày thụ lý, vùng sâu, vùng xa (Điều 28 Luật Khiếu nại 2011)", result.BasisText);
    }

    [Fact]
    public void ComplexDenunciationIsExtendedOnceTo60Days()
    {
        var factors = new DeadlineFactors
        {
            Complexity = CaseComplexity.Complex,
            Extensions = [new DeadlineExtension("15/QĐ-TTr", new DateOnly(2026, 11, 25), 30)],
        };

        var result = _calculator.Compute(DeadlineRules.DenunciationResolution, AcceptedOn, factors);

        Assert.Equal(60, result.TotalDays);
        Assert.Equal(new DateOnly(2027, 1, 4), result.DueDate);
        Assert.Contains("gia hạn 30 ngày theo văn bản số 15/QĐ-TTr ngày 25/11/2026", result.BasisText, StringComparison.Ordinal);
    }

    [Fact]
    public void EspeciallyComplexDenunciationIsExtendedTwiceTo90Days()
    {
        var factors = new DeadlineFactors
        {
            Complexity = CaseComplexity.EspeciallyComplex,
            Extensions = [Extension(30), Extension(30)],
        };

        var result = _calculator.Compute(DeadlineRules.DenunciationResolution, AcceptedOn, factors);

        // Day 90 is Sunday 31/1/2027.
        Assert.Equal(90, result.TotalDays);
        Assert.Equal(new DateOnly(2027, 2, 1), result.DueDate);
    }

    [Theory]
    [InlineData(CaseComplexity.Ordinary, new[] { 30 })]
    [InlineData(CaseComplexity.Complex, new[] { 30, 30 })]
    [InlineData(CaseComplexity.EspeciallyComplex, new[] { 30, 30, 30 })]
    [InlineData(CaseComplexity.EspeciallyComplex, new[] { 31 })]
    public void RefusesDenunciationExtensionsBeyondTheLaw(CaseComplexity complexity, int[] extensionDays)
    {
        var factors = new DeadlineFactors { Complexity = complexity, Extensions = extensionDays.Select(Extension).ToList() };

        Assert.Throws<ArgumentException>(() => _calculator.Compute(DeadlineRules.DenunciationResolution, AcceptedOn, factors));
    }

    [Fact]
    public void DenunciationInitialProcessingStretchesFrom7To10WorkingDays()
    {
        var receivedOn = new DateOnly(2026, 11, 6);

        var normal = _calculator.Compute(DeadlineRules.DenunciationInitialProcessing, receivedOn);
        var severalPlaces = _calculator.Compute(
            DeadlineRules.DenunciationInitialProcessing, receivedOn, new DeadlineFactors { Extensions = [Extension(3)] });

        Assert.Equal(new DateOnly(2026, 11, 17), normal.DueDate);
        Assert.Equal(new DateOnly(2026, 11, 20), severalPlaces.DueDate);
        Assert.Equal(DeadlineCounting.WorkingDays, severalPlaces.Counting);
        Assert.Throws<ArgumentException>(() => _calculator.Compute(
            DeadlineRules.DenunciationInitialProcessing, receivedOn, new DeadlineFactors { Extensions = [Extension(4)] }));
    }

    [Fact]
    public void LetterProcessingTakes10WorkingDaysAcrossGioToAnd30April()
    {
        // Received Friday 17/4/2026; off: Sun 26/4 (Giỗ Tổ), Mon 27/4 (nghỉ bù), 30/4, 1/5 and weekends.
        var result = _calculator.Compute(DeadlineRules.LetterProcessing, new DateOnly(2026, 4, 17));

        Assert.Equal(new DateOnly(2026, 5, 6), result.DueDate);
        Assert.Equal("10 ngày làm việc kể từ ngày nhận được đơn (Thông tư 05/2021/TT-TTCP)", result.BasisText);
    }

    [Fact]
    public void ConfigurationOverridesTheDaysOfARule()
    {
        var options = new DeadlineOptions { Rules = { ["xld"] = new DeadlineRuleOverride { Days = 12 } } };
        var calculator = new DeadlineCalculator(ShippedHolidays.Calendar, options);

        var result = calculator.Compute(DeadlineRules.LetterProcessing, new DateOnly(2026, 4, 17));

        Assert.Equal(12, result.Days);
        Assert.Equal(new DateOnly(2026, 5, 8), result.DueDate);
    }

    [Fact]
    public void RefusesAnOverrideOfAnUnknownRule()
    {
        var options = new DeadlineOptions { Rules = { ["XYZ"] = new DeadlineRuleOverride { Days = 5 } } };

        Assert.Throws<InvalidOperationException>(() => new DeadlineCalculator(ShippedHolidays.Calendar, options));
    }

    [Fact]
    public void FlagsAPeriodTheHolidayTableDoesNotCover()
    {
        Assert.False(_calculator.Compute(DeadlineRules.FirstComplaintResolution, AcceptedOn).HolidayCalendarIncomplete);
        Assert.True(_calculator.Compute(DeadlineRules.VoterPetitionAnswer, new DateOnly(2027, 12, 1)).HolidayCalendarIncomplete);
    }

    private static DeadlineExtension Extension(int days) => new("01/QĐ-UBND", AcceptedOn.AddDays(20), days);
}
