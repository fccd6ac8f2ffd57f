using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReceptionVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReceptionVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    VisitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OfficerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsGroup = table.Column<bool>(type: "boolean", nullable: false),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    Documents = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    Handling = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HandlingNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionVisits_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceptionVisitPeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: true),
                    Phone = table.Column<string>(type: "character varying(15)", unicode: false, maxLength: 15, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IsRepresentative = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceptionVisitPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceptionVisitPeople_ReceptionVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "ReceptionVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisitPeople_IdNumber",
                table: "ReceptionVisitPeople",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisitPeople_NameKey",
                table: "ReceptionVisitPeople",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisitPeople_Phone",
                table: "ReceptionVisitPeople",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisitPeople_VisitId",
                table: "ReceptionVisitPeople",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisits_SubmissionId",
                table: "ReceptionVisits",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionVisits_UnitCode_VisitedAt",
                table: "ReceptionVisits",
                columns: new[] { "UnitCode", "VisitedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceptionVisitPeople");

            migrationBuilder.DropTable(
                name: "ReceptionVisits");
        }
    }
}
