using System.Security.Cryptography;
using Npgsql;

// Baseline for bench/intake.sh: a minimal ASP.NET Core endpoint that reads the same JSON body as
// POST /api/v1/submissions and stores a comparable row with one plain INSERT. No validation, no outbox, no ORM.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connectionString = builder.Configuration["Baseline:ConnectionString"]
    ?? throw new InvalidOperationException("Set Baseline:ConnectionString.");
var dataSource = NpgsqlDataSource.Create(connectionString);
await using (var create = dataSource.CreateCommand("""
    CREATE TABLE IF NOT EXISTS baseline_submissions (
        id uuid PRIMARY KEY, tracking_code varchar(12) NOT NULL UNIQUE, kind varchar(20) NOT NULL,
        title varchar(200) NOT NULL, content varchar(10000) NOT NULL, province_code varchar(2) NOT NULL,
        commune_code varchar(5) NOT NULL, address varchar(300), full_name varchar(120), phone varchar(15),
        email varchar(254), received_at timestamptz NOT NULL)
    """))
{
    await create.ExecuteNonQueryAsync();
}

var app = builder.Build();
app.MapPost("/submit", async (BaselineRequest body) =>
{
    var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
    await using var insert = dataSource.CreateCommand("""
        INSERT INTO baseline_submissions (id, tracking_code, kind, title, content, province_code, commune_code, address, full_name, phone, email, received_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        """);
    insert.Parameters.AddWithValue(Guid.CreateVersion7());
    insert.Parameters.AddWithValue(code);
    insert.Parameters.AddWithValue(body.Kind ?? "");
    insert.Parameters.AddWithValue(body.Title ?? "");
    insert.Parameters.AddWithValue(body.Content ?? "");
    insert.Parameters.AddWithValue(body.ProvinceCode ?? "");
    insert.Parameters.AddWithValue(body.CommuneCode ?? "");
    insert.Parameters.AddWithValue((object?)body.Address ?? DBNull.Value);
    insert.Parameters.AddWithValue((object?)body.Submitter?.FullName ?? DBNull.Value);
    insert.Parameters.AddWithValue((object?)body.Submitter?.Phone ?? DBNull.Value);
    insert.Parameters.AddWithValue((object?)body.Submitter?.Email ?? DBNull.Value);
    insert.Parameters.AddWithValue(DateTimeOffset.UtcNow);
    await insert.ExecuteNonQueryAsync();
    return Results.Created($"/submit/{code}", new { trackingCode = code });
});
app.Run();

internal sealed record BaselineRequest(string? Kind, string? Title, string? Content, string? ProvinceCode, string? CommuneCode,
    string? Address, BaselineSubmitter? Submitter, bool Anonymous, bool Consent);

internal sealed record BaselineSubmitter(string? FullName, string? Phone, string? Email, string? IdNumber);
