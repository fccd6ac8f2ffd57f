using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TriageWorkflowAndDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AnonymousWithEvidence",
                table: "Submissions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerDocumentDate",
                table: "Submissions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerDocumentNumber",
                table: "Submissions",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerText",
                table: "Submissions",
                type: "nvarchar(max)",
                maxLength: 10000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnsweredAt",
                table: "Submissions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredByName",
                table: "Submissions",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredByUnitCode",
                table: "Submissions",
                type: "varchar(40)",
                unicode: false,
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedStaffName",
                table: "Submissions",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedStaffUserId",
                table: "Submissions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Complexity",
                table: "Submissions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ComplexityDecidedAt",
                table: "Submissions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplexityDecidedByName",
                table: "Submissions",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplexityReason",
                table: "Submissions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DuplicateOfId",
                table: "Submissions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EligibilityCheckedAt",
                table: "Submissions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EligibilityNote",
                table: "Submissions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ForwardedAt",
                table: "Submissions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardedByUnitCode",
                table: "Submissions",
                type: "varchar(40)",
                unicode: false,
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "GuidedAt",
                table: "Submissions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAnonymousOrFalseName",
                table: "Submissions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsEligible",
                table: "Submissions",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextDueOn",
                table: "Submissions",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DeadlineReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ItemCount = table.Column<int>(type: "int", nullable: false),
                    OutboxEmailId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionDeadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RuleId = table.Column<string>(type: "varchar(20)", unicode: false, maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Complexity = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IsRemoteArea = table.Column<bool>(type: "bit", nullable: false),
                    BasisText = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionDeadlines_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionDeadlineExtensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    SubmissionDeadlineId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionDeadlineExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionDeadlineExtensions_SubmissionDeadlines_SubmissionDeadlineId",
                        column: x => x.SubmissionDeadlineId,
                        principalTable: "SubmissionDeadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssignedStaffUserId_ReceivedAt",
                table: "Submissions",
                columns: new[] { "AssignedStaffUserId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssignedUnitCode_Status",
                table: "Submissions",
                columns: new[] { "AssignedUnitCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_DuplicateOfId",
                table: "Submissions",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Kind_ReceivedAt",
                table: "Submissions",
                columns: new[] { "Kind", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_NextDueOn_ReceivedAt",
                table: "Submissions",
                columns: new[] { "NextDueOn", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_OwnerUnitCode_Status",
                table: "Submissions",
                columns: new[] { "OwnerUnitCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_TopicCode_ReceivedAt",
                table: "Submissions",
                columns: new[] { "TopicCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineReminders_UserId_Date",
                table: "DeadlineReminders",
                columns: new[] { "UserId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionDeadlineExtensions_SubmissionDeadlineId",
                table: "SubmissionDeadlineExtensions",
                column: "SubmissionDeadlineId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionDeadlines_CompletedAt_DueDate",
                table: "SubmissionDeadlines",
                columns: new[] { "CompletedAt", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionDeadlines_SubmissionId",
                table: "SubmissionDeadlines",
                column: "SubmissionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Submissions_Submissions_DuplicateOfId",
                table: "Submissions",
                column: "DuplicateOfId",
                principalTable: "Submissions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Submissions_Submissions_DuplicateOfId",
                table: "Submissions");

            migrationBuilder.DropTable(
                name: "DeadlineReminders");

            migrationBuilder.DropTable(
                name: "SubmissionDeadlineExtensions");

            migrationBuilder.DropTable(
                name: "SubmissionDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_AssignedStaffUserId_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_AssignedUnitCode_Status",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_DuplicateOfId",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_Kind_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_NextDueOn_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_OwnerUnitCode_Status",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_TopicCode_ReceivedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AnonymousWithEvidence",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AnswerDocumentDate",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AnswerDocumentNumber",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AnswerText",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AnsweredByName",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AnsweredByUnitCode",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AssignedStaffName",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AssignedStaffUserId",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "Complexity",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ComplexityDecidedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ComplexityDecidedByName",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ComplexityReason",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "DuplicateOfId",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "EligibilityCheckedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "EligibilityNote",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ForwardedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ForwardedByUnitCode",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "GuidedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "IsAnonymousOrFalseName",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "IsEligible",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "NextDueOn",
                table: "Submissions");
        }
    }
}
