using CitizenVoice.Core.Places;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Units;

/// <summary>
/// Finds units and creates commune-level ones on first use: 3,314 communes × 9 commune bodies are not worth seeding
/// when a province deployment touches a few hundred of them.
/// </summary>
public sealed class UnitDirectory(ICitizenVoiceDb db, PlaceCatalog places, UnitFactory factory)
{
    public Task<OrganisationUnit?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.OrganisationUnits.FirstOrDefaultAsync(u => u.Code == code, cancellationToken);

    /// <summary>
    /// The unit with this code, added to the context (with missing ancestors) when it is valid but not yet stored;
    /// the caller's save stores it. Null when the code names nothing.
    /// </summary>
    public async Task<OrganisationUnit?> EnsureAsync(string code, CancellationToken cancellationToken)
    {
        var existing = db.OrganisationUnits.Local.FirstOrDefault(u => u.Code == code)
            ?? await FindAsync(code, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var unit = factory.Build(code, await places.GetAsync(cancellationToken));
        if (unit is null)
        {
            return null;
        }

        if (unit.ParentCode is { } parent && await EnsureAsync(parent, cancellationToken) is null)
        {
            return null;
        }

        db.OrganisationUnits.Add(unit);
        return unit;
    }
}
