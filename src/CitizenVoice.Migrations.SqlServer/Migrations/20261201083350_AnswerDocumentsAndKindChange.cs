using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AnswerDocumentsAndKindChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "SubmissionDeadlines",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "SubmissionAttachments",
                type: "varchar(20)",
                unicode: false,
                maxLength: 20,
                nullable: false,
                defaultValue: "Submitted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "SubmissionDeadlines");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "SubmissionAttachments");
        }
    }
}
