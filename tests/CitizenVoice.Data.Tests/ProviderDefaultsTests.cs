using Npgsql;

namespace CitizenVoice.Data.Tests;

public sealed class ProviderDefaultsTests
{
    [Fact]
    public void PostgreSqlConnectionsKeepSessionStateAndPrepareStatementsByDefault()
    {
        var result = new NpgsqlConnectionStringBuilder(
            DataServiceCollectionExtensions.WithProviderDefaults(DatabaseProvider.PostgreSql, "Host=db;Database=cv;Username=cv"));

        Assert.True(result.NoResetOnClose);
        Assert.Equal(32, result.MaxAutoPrepare);
        Assert.Equal("db", result.Host);
    }

    [Fact]
    public void ExplicitPostgreSqlSettingsWin()
    {
        var result = new NpgsqlConnectionStringBuilder(
            DataServiceCollectionExtensions.WithProviderDefaults(DatabaseProvider.PostgreSql, "Host=db;No Reset On Close=false;Max Auto Prepare=0"));

        Assert.False(result.NoResetOnClose);
        Assert.Equal(0, result.MaxAutoPrepare);
    }

    [Fact]
    public void OtherProvidersAreLeftAlone() =>
        Assert.Equal("Data Source=x.db", DataServiceCollectionExtensions.WithProviderDefaults(DatabaseProvider.Sqlite, "Data Source=x.db"));
}
