namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// The columns of the opinion import workbook, in order. The header row is matched by these names (folded, so
/// diacritics and case do not matter), so the column order of a user's file may differ.
/// </summary>
public static class OpinionImportTemplate
{
    public const string SheetName = "Y kien cu tri";
    public const int MaxRows = 5000;

    public static readonly IReadOnlyList<(string Header, string Help)> Columns =
    [
        ("Ngày tiếp xúc", "Ngày/tháng/năm, ví dụ 15/12/2026 (bắt buộc)"),
        ("Xã, phường", "Mã 5 chữ số (00070) hoặc tên (Phường Hoàn Kiếm) (bắt buộc)"),
        ("Địa điểm", "Nơi tổ chức; bắt buộc ở dòng đầu của mỗi cuộc tiếp xúc mới"),
        ("Đại biểu dự", "Họ tên các đại biểu, cách nhau bằng dấu chấm phẩy"),
        ("Số cử tri dự", "Số cử tri tham dự cuộc tiếp xúc"),
        ("Họ tên cử tri", "Không bắt buộc"),
        ("Nội dung ý kiến", "Bắt buộc, 10 đến 4.000 ký tự"),
        ("Số cử tri nêu", "Mặc định 1"),
    ];

    public static readonly OpinionImportRow Example = new(2, "15/12/2026", "00070", "Hội trường UBND phường Hoàn Kiếm, 126 Hàng Trống",
        "Nguyễn Văn An; Trần Thị Bình", "180", "Lê Văn Cường",
        "Cử tri phường Hoàn Kiếm đề nghị sớm sửa đổi quy định về bảo hiểm xã hội một lần để bảo đảm quyền lợi người lao động.", "3");
}
