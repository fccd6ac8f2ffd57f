using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class BackOfficeUnitsAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedUnitCode",
                table: "Submissions",
                type: "character varying(40)",
                unicode: false,
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerUnitCode",
                table: "Submissions",
                type: "character varying(40)",
                unicode: false,
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Items received before units existed belong to their province's intake office (UnitCodes.DefaultIntake).
            migrationBuilder.Sql("UPDATE \"Submissions\" SET \"OwnerUnitCode\" = \"ProvinceCode\" || '.VP-DBQH-HDND-T' WHERE \"OwnerUnitCode\" = '';");

            migrationBuilder.AlterColumn<string>(
                name: "FullName",
                table: "AspNetUsers",
                type: "character varying(120)",
                maxLength: 120,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "AspNetUsers",
                type: "character varying(40)",
                unicode: false,
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Action = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(80)", unicode: false, maxLength: 80, nullable: true),
                    SubjectId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(45)", unicode: false, maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationUnits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: true),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", unicode: false, maxLength: 2, nullable: true),
                    CommuneCode = table.Column<string>(type: "character varying(5)", unicode: false, maxLength: 5, nullable: true),
                    SearchKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationUnits", x => x.Code);
                    table.ForeignKey(
                        name: "FK_OrganisationUnits_OrganisationUnits_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "OrganisationUnits",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssignedUnitCode_ReceivedAt",
                table: "Submissions",
                columns: new[] { "AssignedUnitCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_OwnerUnitCode_ReceivedAt",
                table: "Submissions",
                columns: new[] { "OwnerUnitCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UnitCode",
                table: "AspNetUsers",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorUserId_At",
                table: "AuditEntries",
                columns: new[] { "ActorUserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectType_SubjectId",
                table: "AuditEntries",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnits_ParentCode",
                table: "OrganisationUnits",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationUnits_ProvinceCode_AgencyCode",
                table: "OrganisationUnits",
                columns: new[] { "ProvinceCode", "AgencyCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "OrganisationUnits");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_AssignedUnitCode_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_OwnerUnitCode_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_UnitCode",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "AssignedUnitCode",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "OwnerUnitCode",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<string>(
                name: "FullName",
                table: "AspNetUsers",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(120)",
                oldMaxLength: 120);
        }
    }
}
