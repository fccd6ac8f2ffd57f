namespace CitizenVoice.Core.Audit;

/// <summary>Stable action codes of the audit log, with the Vietnamese label administrators read.</summary>
public static class AuditActions
{
    public const string SignIn = "dang-nhap";
    public const string SignInFailed = "dang-nhap-that-bai";
    public const string SignOut = "dang-xuat";
    public const string ViewContact = "xem-thong-tin-lien-he";
    public const string ViewDenouncerIdentity = "xem-danh-tinh-nguoi-to-cao";
    public const string ViewAttachment = "xem-tai-lieu";
    public const string StatusChange = "chuyen-trang-thai";
    public const string Reclassify = "sua-loai-don";
    public const string Assign = "phan-cong";
    public const string Export = "xuat-du-lieu";
    public const string AccountChange = "thay-doi-tai-khoan";
    public const string SettingsChange = "thay-doi-cau-hinh";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [SignIn] = "Đăng nhập",
        [SignInFailed] = "Đăng nhập thất bại",
        [SignOut] = "Đăng xuất",
        [ViewContact] = "Xem thông tin liên hệ của người gửi",
        [ViewDenouncerIdentity] = "Xem danh tính người tố cáo",
        [ViewAttachment] = "Xem tài liệu đính kèm",
        [StatusChange] = "Chuyển trạng thái xử lý",
        [Reclassify] = "Sửa loại đơn",
        [Assign] = "Phân công, chuyển đơn",
        [Export] = "Xuất dữ liệu",
        [AccountChange] = "Thay đổi tài khoản",
        [SettingsChange] = "Thay đổi cấu hình",
    };

    public static IReadOnlyDictionary<string, string> All => Labels;

    public static string Label(string action) => Labels.GetValueOrDefault(action, action);
}
