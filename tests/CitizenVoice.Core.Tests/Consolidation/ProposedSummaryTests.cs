using CitizenVoice.Core.Consolidation;

namespace CitizenVoice.Core.Tests.Consolidation;

public sealed class ProposedSummaryTests
{
    [Theory]
    [InlineData("Cử tri phường Hoàn Kiếm đề nghị tăng cường kiểm tra an toàn thực phẩm.", "Cử tri đề nghị tăng cường kiểm tra an toàn thực phẩm.")]
    [InlineData("Cử tri xã Đông Anh phản ánh đường Cao Lỗ xuống cấp.", "Cử tri phản ánh đường Cao Lỗ xuống cấp.")]
    [InlineData("Đường Trần Khánh Dư xuống cấp, đề nghị sửa chữa.", "Đường Trần Khánh Dư xuống cấp, đề nghị sửa chữa.")]
    [InlineData("Cử tri đồng tình với chủ trương sắp xếp đơn vị hành chính.", "Cử tri đồng tình với chủ trương sắp xếp đơn vị hành chính.")]
    public void DropsTheLocalityOfTheVotersButKeepsTheRest(string content, string expected) =>
        Assert.Equal(expected, ProposedSummary.From(content));
}
