using CitizenVoice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CitizenVoice.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef migrations add` build the model for PostgreSql without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CitizenVoiceDbContext>
{
    public CitizenVoiceDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CitizenVoiceDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.PostgreSql, "Host=localhost;Database=citizenvoice;Username=citizenvoice");
        return new CitizenVoiceDbContext(builder.Options);
    }
}
