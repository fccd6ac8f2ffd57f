using System.Globalization;
using System.Text;
using CitizenVoice.Core.Email;

namespace CitizenVoice.Core.Accounts;

/// <summary>The invitation to a new staff account: who invited, which unit and role, and the one-time link to set a password.</summary>
public static class StaffInvitationEmail
{
    public static OutboxEmail Create(string toAddress, string fullName, string unitName, string role, string invitedBy, string link, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var expires = expiresAt.ToOffset(TimeSpan.FromHours(7));
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {fullName},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{invitedBy} đã tạo cho Ông/Bà tài khoản cán bộ trên hệ thống tiếp nhận, xử lý đơn CitizenVoice:")
            .AppendLine(CultureInfo.InvariantCulture, $"- Đơn vị: {unitName}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Vai trò: {StaffRoles.Label(role)}")
            .AppendLine(CultureInfo.InvariantCulture, $"- Tên đăng nhập: {toAddress}")
            .AppendLine()
            .AppendLine("Để kích hoạt tài khoản, mở liên kết dưới đây và đặt mật khẩu:")
            .AppendLine(link)
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Liên kết dùng được một lần và hết hạn lúc {expires:HH:mm} ngày {expires:dd/MM/yyyy} (giờ Việt Nam).")
            .AppendLine("Khi đăng nhập lần đầu, Ông/Bà sẽ thiết lập xác thực hai lớp bằng ứng dụng xác thực trên điện thoại.")
            .AppendLine()
            .AppendLine("Nếu Ông/Bà không chờ đợi thư này, xin bỏ qua; tài khoản sẽ không được kích hoạt.")
            .ToString();
        return new OutboxEmail(toAddress, fullName, "Kích hoạt tài khoản cán bộ CitizenVoice", body, now);
    }
}
