using Microsoft.AspNetCore.Identity;

namespace CitizenVoice.Data.Accounts;

/// <summary>Identity's messages in Vietnamese: they are shown next to the password and email fields.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ @, #, !).");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Liên kết không hợp lệ, đã hết hạn hoặc đã được dùng.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Email {email} đã có tài khoản.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Email {userName} đã có tài khoản.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Email \"{email}\" không hợp lệ.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Tên đăng nhập \"{userName}\" không hợp lệ.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Tài khoản đã có mật khẩu.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Tài khoản này không dùng chế độ khóa.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác thay đổi; vui lòng tải lại trang.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã có lỗi; vui lòng thử lại.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
