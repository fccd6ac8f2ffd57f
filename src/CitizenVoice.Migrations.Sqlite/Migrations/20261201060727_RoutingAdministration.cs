using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RoutingAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RoutingModelVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TrainedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmedLabelCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DataSha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    TopicMacroF1 = table.Column<double>(type: "REAL", nullable: false),
                    LevelAccuracy = table.Column<double>(type: "REAL", nullable: false),
                    MetricsJson = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TrainingSeconds = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ActivatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TriggeredByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    TriggeredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingModelVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoutingRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TopicCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: true),
                    Level = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    ProvinceCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 2, nullable: true),
                    Patterns = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AgencyCodes = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoutingTableRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingTableRevisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingModelVersions_Status",
                table: "RoutingModelVersions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingModelVersions_Version",
                table: "RoutingModelVersions",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_Kind_TopicCode_Level",
                table: "RoutingRules",
                columns: new[] { "Kind", "TopicCode", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_Position",
                table: "RoutingRules",
                column: "Position");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoutingModelVersions");

            migrationBuilder.DropTable(
                name: "RoutingRules");

            migrationBuilder.DropTable(
                name: "RoutingTableRevisions");
        }
    }
}
