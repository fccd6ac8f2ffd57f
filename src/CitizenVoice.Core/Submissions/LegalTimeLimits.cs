namespace CitizenVoice.Core.Submissions;

/// <summary>What happens next after receipt, per kind, in the words shown to citizens (receipt page, email).</summary>
public static class LegalTimeLimits
{
    /// <summary>TT 05/2021/TT-TTCP: a received letter is classified and decided on within 10 working days.</summary>
    public const int ProcessingDecisionWorkingDays = 10;

    public static string NextStepsText(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Complaint =>
            "Trong thời hạn 10 ngày kể từ ngày nhận đơn, cơ quan có thẩm quyền xem xét thụ lý khiếu nại (Luật Khiếu nại, Điều 27). "
            + "Khiếu nại lần đầu được giải quyết trong 30 ngày kể từ ngày thụ lý, vụ việc phức tạp không quá 45 ngày; "
            + "ở vùng sâu, vùng xa là 45 ngày, phức tạp không quá 60 ngày (Điều 28).",
        SubmissionKind.Denunciation =>
            "Trong thời hạn 7 ngày làm việc kể từ ngày nhận đơn, cơ quan tiếp nhận vào sổ, kiểm tra và xử lý ban đầu tố cáo; "
            + "nếu không thuộc thẩm quyền thì chuyển đến cơ quan có thẩm quyền trong 5 ngày làm việc (Luật Tố cáo, Điều 24). "
            + "Họ tên, địa chỉ và thông tin của người tố cáo được giữ bí mật (Điều 4, Điều 47).",
        _ =>
            $"Trong thời hạn {ProcessingDecisionWorkingDays} ngày làm việc, đơn được phân loại và xử lý: thụ lý, chuyển đến "
            + "cơ quan có thẩm quyền hoặc hướng dẫn Ông/Bà (Thông tư 05/2021/TT-TTCP). Kết quả được cập nhật khi tra cứu.",
    };
}
