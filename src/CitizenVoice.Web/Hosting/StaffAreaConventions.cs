using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Hosting;

/// <summary>
/// The back office's authorisation, by folder: every page under /staff needs a staff role, and some folders a
/// particular one. A new page is protected by where it is put, not by remembering an attribute.
/// </summary>
public static class StaffAreaConventions
{
    public static void Apply(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeAreaFolder("Staff", "/", AuthorizationPolicies.Staff);
        options.Conventions.AuthorizeAreaFolder("Staff", "/Reception", AuthorizationPolicies.Reception);
        options.Conventions.AuthorizeAreaFolder("Staff", "/Admin", AuthorizationPolicies.Administrator);
        options.Conventions.AuthorizeAreaFolder("Staff", "/Reports", AuthorizationPolicies.Reporting);
        options.Conventions.AuthorizeAreaFolder("Staff", "/Sessions", AuthorizationPolicies.VoterMeetings);
    }
}
