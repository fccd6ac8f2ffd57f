using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Units;

namespace CitizenVoice.Core.Tests.Units;

public sealed class UnitCodesTests
{
    private static StaffScope Scope(string unit, params string[] roles) => new("u1", "Cán bộ", unit, roles.ToHashSet());

    [Theory]
    [InlineData("01", "01", true)]
    [InlineData("01.SXD", "01", true)]
    [InlineData("01.00070.UBND-X", "01", true)]
    [InlineData("010.SXD", "01", false)]
    [InlineData("79.SXD", "01", false)]
    [InlineData("01", "01.SXD", false)]
    public void SubtreeIsThePrefixWithASeparator(string code, string scope, bool within) =>
        Assert.Equal(within, UnitCodes.IsWithin(code, scope));

    [Fact]
    public void ProcessorSeesOwnUnitAndWhatIsAssignedToItOnly()
    {
        var processor = Scope("01.VP-DBQH-HDND-T", StaffRoles.Processor);

        Assert.True(processor.CanSee("01.VP-DBQH-HDND-T", null));
        Assert.True(processor.CanSee("79.VP-DBQH-HDND-T", "01.VP-DBQH-HDND-T"));
        Assert.False(processor.CanSee("01.00070.VP-HDND-UBND-X", null));
    }

    [Fact]
    public void ProvinceAdministratorSeesItsCommunes()
    {
        var admin = Scope("01", StaffRoles.Administrator);

        Assert.True(admin.CanSee("01.00070.UBND-X", null));
        Assert.False(admin.CanSee("79.VP-DBQH-HDND-T", null));
    }

    [Fact]
    public void AgencyResponderSeesOnlyAssignedItems()
    {
        var responder = Scope("01.SXD", StaffRoles.AgencyResponder);

        Assert.False(responder.CanSee("01.SXD", null));
        Assert.True(responder.CanSee("01.VP-DBQH-HDND-T", "01.SXD"));
    }

    [Fact]
    public void NamesPutThePlaceWhereTheGenericNameSaysSo()
    {
        var agencies = new AgencyCatalog();
        var hanoi = new Places.Province("01", "Thành phố Hà Nội", "thanh-pho");
        var ward = new Places.Commune("00070", "Hoàn Kiếm", "Phường Hoàn Kiếm", "phuong", "01");

        Assert.Equal("Sở Xây dựng thành phố Hà Nội", UnitFactory.ProvincialName(agencies.Find("SXD")!, hanoi));
        Assert.Equal("Thanh tra thành phố Hà Nội", UnitFactory.ProvincialName(agencies.Find("TTT")!, hanoi));
        Assert.Equal("Ủy ban nhân dân thành phố Hà Nội", UnitFactory.ProvincialName(agencies.Find("UBND-T")!, hanoi));
        Assert.Equal("Sở Du lịch thành phố Hà Nội", UnitFactory.ProvincialName(agencies.Find("SDL")!, hanoi));
        Assert.Equal("Ủy ban nhân dân phường Hoàn Kiếm", UnitFactory.CommunalName(agencies.Find("UBND-X")!, ward));
        Assert.Equal("Công an phường Hoàn Kiếm", UnitFactory.CommunalName(agencies.Find("CA-X")!, ward));
    }
}
