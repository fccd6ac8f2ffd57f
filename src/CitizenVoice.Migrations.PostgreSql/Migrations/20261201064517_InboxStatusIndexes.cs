using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InboxStatusIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssignedUnitCode_Status",
                table: "Submissions",
                columns: new[] { "AssignedUnitCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_OwnerUnitCode_Status",
                table: "Submissions",
                columns: new[] { "OwnerUnitCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_AssignedUnitCode_Status",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_OwnerUnitCode_Status",
                table: "Submissions");
        }
    }
}
