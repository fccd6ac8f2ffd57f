using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Places;

/// <summary>
/// Marks a commune as remote (vùng sâu, vùng xa) or not, audited; complaint deadlines of its items lengthen
/// (Luật Khiếu nại Art. 28, 37). The place catalog is reloaded so the next deadline already sees the change.
/// </summary>
public sealed class SetRemoteArea(ICitizenVoiceDb db, AuditLog audit, PlaceCatalog places)
{
    /// <summary>Returns the commune, or null when the code is unknown.</summary>
    public async Task<Commune?> ExecuteAsync(string communeCode, bool isRemote, StaffScope actor, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.FirstOrDefaultAsync(c => c.Code == communeCode, cancellationToken);
        if (commune is null)
        {
            return null;
        }

        if (commune.IsRemoteArea != isRemote)
        {
            commune.IsRemoteArea = isRemote;
            audit.Add(actor, AuditActions.SettingsChange, "commune", commune.Code,
                (isRemote ? "Đánh dấu vùng sâu, vùng xa: " : "Bỏ đánh dấu vùng sâu, vùng xa: ") + commune.FullName);
            await db.SaveChangesAsync(cancellationToken);
            places.Invalidate();
        }

        return commune;
    }
}
