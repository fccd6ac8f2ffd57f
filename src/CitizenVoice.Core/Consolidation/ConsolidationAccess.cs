using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Compiled items belong to the session's reporting unit, like its meetings and opinions: its staff see them
/// (administrators their subtree). Only report compilers and administrators compile, report and record answers.
/// </summary>
public static class ConsolidationAccess
{
    public static bool CanEdit(StaffScope scope) => scope.HasAnyRole(StaffRoles.Administrator, StaffRoles.ReportCompiler);

    /// <summary>The session if the person may see it; null otherwise (the page answers 404, so ids cannot be probed).</summary>
    public static async Task<Session?> FindSessionAsync(ICitizenVoiceDb db, StaffScope scope, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        return session is not null && VoterMeetingAccess.CanSee(scope, session.OwnerUnitCode) ? session : null;
    }
}
