using CitizenVoice.Core.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace CitizenVoice.Web.Hosting;

/// <summary>
/// Who may open what. Pages get these through folder conventions (see <see cref="StaffAreaConventions"/>), endpoints
/// on their route group; what a person sees inside is further limited to their unit by <see cref="StaffScope"/>.
/// </summary>
public static class AuthorizationPolicies
{
    public const string Staff = "staff";
    public const string Administrator = "administrator";
    public const string Reception = "reception";
    public const string Processing = "processing";
    public const string Reporting = "reporting";
    public const string AgencyAnswer = "agency-answer";
    public const string VoterMeetings = "voter-meetings";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.All));
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Administrator));
        options.AddPolicy(Reception, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.ReceptionOfficer, StaffRoles.Administrator));
        options.AddPolicy(Processing, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Processor, StaffRoles.Administrator));
        options.AddPolicy(Reporting, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.ReportCompiler, StaffRoles.Administrator));
        options.AddPolicy(AgencyAnswer, p => p.RequireAuthenticatedUser()
            .RequireRole(StaffRoles.AgencyResponder, StaffRoles.Processor, StaffRoles.Administrator));
        // Deputies read sessions, meetings and opinions; the use cases refuse their edits (VoterMeetingAccess.CanEdit).
        options.AddPolicy(VoterMeetings, p => p.RequireAuthenticatedUser()
            .RequireRole(StaffRoles.ReportCompiler, StaffRoles.ReceptionOfficer, StaffRoles.Deputy, StaffRoles.Administrator));
    }
}
