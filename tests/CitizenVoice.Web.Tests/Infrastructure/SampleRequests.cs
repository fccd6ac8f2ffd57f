namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>Valid request bodies for tests to start from.</summary>
public static class SampleRequests
{
    public static Dictionary<string, object?> Petition(string? email = "nguyenvanan@example.vn") => new()
    {
        ["kind"] = "kien-nghi",
        ["title"] = "Đề nghị sửa chữa đường liên thôn",
        ["content"] = "Đường liên thôn từ thôn Đông đi thôn Đoài bị hư hỏng nặng, mùa mưa ngập sâu, học sinh đi học rất khó khăn. Đề nghị xã sớm sửa chữa.",
        ["provinceCode"] = "01",
        ["communeCode"] = "00070",
        ["address"] = "Số 5 ngõ 12 Hàng Bạc",
        ["submitter"] = new Dictionary<string, object?>
        {
            ["fullName"] = "Nguyễn Văn An",
            ["phone"] = "0912 345 678",
            ["email"] = email,
        },
        ["anonymous"] = false,
        ["consent"] = true,
    };
}
