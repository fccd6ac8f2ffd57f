using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    VisitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OfficerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsGroup = table.Column<bool>(type: "INTEGER", nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    Documents = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    Handling = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HandlingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 15, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsRepresentative = table.Column<bool>(type: "INTEGER", nullable: false)
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
