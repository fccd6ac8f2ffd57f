using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RoutingFieldsAndConfirmedLabels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgencyCode",
                table: "Submissions",
                type: "varchar(20)",
                unicode: false,
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompetenceLevel",
                table: "Submissions",
                type: "varchar(20)",
                unicode: false,
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<float>(
                name: "RoutingConfidence",
                table: "Submissions",
                type: "real",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RoutingConfirmedAt",
                table: "Submissions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoutingConfirmedByUserId",
                table: "Submissions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoutingStatus",
                table: "Submissions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TopicCode",
                table: "Submissions",
                type: "varchar(40)",
                unicode: false,
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConfirmedLabels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SourceType = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 10200, nullable: false),
                    TopicCode = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    AgencyCode = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: true),
                    WasCorrection = table.Column<bool>(type: "bit", nullable: false),
                    ConfirmedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfirmedLabels", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_RoutingStatus_ReceivedAt",
                table: "Submissions",
                columns: new[] { "RoutingStatus", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmedLabels_At",
                table: "ConfirmedLabels",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ConfirmedLabels_SourceType_SourceId",
                table: "ConfirmedLabels",
                columns: new[] { "SourceType", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConfirmedLabels");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_RoutingStatus_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AgencyCode",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "CompetenceLevel",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RoutingConfidence",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RoutingConfirmedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RoutingConfirmedByUserId",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RoutingStatus",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "TopicCode",
                table: "Submissions");
        }
    }
}
