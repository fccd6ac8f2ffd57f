namespace CitizenVoice.Core.Accounts;

/// <summary>The staff roles. Names are stable: they are stored in the database and used in policies.</summary>
public static class StaffRoles
{
    public const string Administrator = "administrator";
    public const string ReceptionOfficer = "reception-officer";
    public const string Processor = "processor";
    public const string ReportCompiler = "report-compiler";
    public const string Deputy = "deputy";
    public const string AgencyResponder = "agency-responder";

    public static readonly IReadOnlyList<string> All =
        [Administrator, ReceptionOfficer, Processor, ReportCompiler, Deputy, AgencyResponder];

    public static string Label(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        ReceptionOfficer => "Cán bộ tiếp công dân",
        Processor => "Cán bộ xử lý đơn",
        ReportCompiler => "Cán bộ tổng hợp báo cáo",
        Deputy => "Đại biểu",
        AgencyResponder => "Cơ quan trả lời",
        _ => role,
    };
}
