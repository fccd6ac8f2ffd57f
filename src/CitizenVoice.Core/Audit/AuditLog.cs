using CitizenVoice.Core.Accounts;

namespace CitizenVoice.Core.Audit;

/// <summary>
/// Writes audit entries. <see cref="Add"/> joins the caller's unit of work (the entry commits with the change it
/// describes); <see cref="RecordAsync"/> saves at once, for reads such as viewing a denouncer's identity.
/// </summary>
public sealed class AuditLog(ICitizenVoiceDb db, TimeProvider clock)
{
    public void Add(StaffScope? actor, string action, string? subjectType, string? subjectId, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor?.UserId, actor?.DisplayName, action, subjectType, subjectId, details, actor?.IpAddress));

    public async Task RecordAsync(StaffScope? actor, string action, string? subjectType, string? subjectId, string? details, CancellationToken cancellationToken)
    {
        Add(actor, action, subjectType, subjectId, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
