using CitizenVoice.Core;
using CitizenVoice.Core.Audit;
using CitizenVoice.Data;

namespace CitizenVoice.Web.Account;

/// <summary>
/// Sign-in events in the audit log, with the client address: successes, failures (also for unknown emails, which
/// have no account to attach to), lockouts and two-factor changes. A failure on an existing account is filed under
/// that account, so its owner sees attempts on it in their sign-in history.
/// </summary>
public sealed class AccountAudit(ICitizenVoiceDb db, TimeProvider clock, IHttpContextAccessor http)
{
    public const string SubjectType = "account";

    public Task SignedInAsync(CitizenVoiceUser user, string how, CancellationToken cancellationToken) =>
        WriteAsync(user, AuditActions.SignIn, how, cancellationToken);

    public Task FailedAsync(CitizenVoiceUser? user, string reason, CancellationToken cancellationToken) =>
        WriteAsync(user, AuditActions.SignInFailed, reason, cancellationToken);

    public Task ChangedAsync(CitizenVoiceUser user, string what, CancellationToken cancellationToken) =>
        WriteAsync(user, AuditActions.AccountChange, what, cancellationToken);

    private async Task WriteAsync(CitizenVoiceUser? user, string action, string details, CancellationToken cancellationToken)
    {
        var ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user?.Id, user?.FullName, action, SubjectType, user?.Id, details, ip));
        await db.SaveChangesAsync(cancellationToken);
    }
}
