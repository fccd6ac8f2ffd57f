using CitizenVoice.Reports.Common;

namespace CitizenVoice.Reports.Tests.Common;

public sealed class VietnameseDatesTests
{
    [Theory]
    [InlineData(2026, 3, 5, "ngày 05 tháng 3 năm 2026")]
    [InlineData(2026, 2, 15, "ngày 15 tháng 02 năm 2026")]
    [InlineData(2026, 1, 9, "ngày 09 tháng 01 năm 2026")]
    [InlineData(2026, 12, 31, "ngày 31 tháng 12 năm 2026")]
    public void PadsDaysBelowTenAndTheFirstTwoMonths(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDates.Long(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(7, "Số: 07/BC-ĐĐBQH")]
    [InlineData(125, "Số: 125/BC-ĐĐBQH")]
    public void PadsDocumentNumbersBelowTen(int number, string expected) =>
        Assert.Equal(expected, VietnameseDates.NumberLine(number, "BC", "ĐĐBQH"));

    [Fact]
    public void LeavesRoomForANumberGivenAtRegistration() =>
        Assert.Matches(@"^Số: +/BC-ĐĐBQH$", VietnameseDates.NumberLine(null, "BC", "ĐĐBQH"));
}
