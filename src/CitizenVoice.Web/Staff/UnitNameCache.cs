using System.Collections.Concurrent;
using CitizenVoice.Core;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Staff;

/// <summary>Unit names for page headers and lists; units are renamed rarely, so a name is read once per process.</summary>
public sealed class UnitNameCache(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task<string> NameAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }

        if (_names.TryGetValue(code, out var name))
        {
            return name;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICitizenVoiceDb>();
        var found = await db.OrganisationUnits.AsNoTracking().Where(u => u.Code == code).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return code;
        }

        _names[code] = found;
        return found;
    }

    /// <summary>Forget a renamed unit.</summary>
    public void Forget(string code) => _names.TryRemove(code, out _);
}
