namespace CitizenVoice.Data;

/// <summary>Bound from the `Database` section; the connection string is `ConnectionStrings:CitizenVoice`.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "CitizenVoice";

    /// <summary>Sqlite (default, embedded), PostgreSql or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the web app starts. Always done for SQLite; for servers, prefer the `migrate` command.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Most submissions stored in one intake commit (see GroupCommitIntakeStore).</summary>
    public int IntakeBatchSize { get; set; } = 64;

    /// <summary>Concurrent intake commits on PostgreSQL and SQL Server (SQLite always uses one).</summary>
    public int IntakeWriters { get; set; } = 2;
}
