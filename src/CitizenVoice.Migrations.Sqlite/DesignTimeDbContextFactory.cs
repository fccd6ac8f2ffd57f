using CitizenVoice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CitizenVoice.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for Sqlite without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CitizenVoiceDbContext>
{
    public CitizenVoiceDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CitizenVoiceDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new CitizenVoiceDbContext(builder.Options);
    }
}
