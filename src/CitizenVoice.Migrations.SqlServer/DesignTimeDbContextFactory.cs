using CitizenVoice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CitizenVoice.Migrations.SqlServer;

/// <summary>Lets `dotnet ef migrations add` build the model for SqlServer without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CitizenVoiceDbContext>
{
    public CitizenVoiceDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CitizenVoiceDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.SqlServer, "Server=localhost;Database=CitizenVoice;Trusted_Connection=True;TrustServerCertificate=True");
        return new CitizenVoiceDbContext(builder.Options);
    }
}
