using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Consolidation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsolidatedItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitCode = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TopicCode = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: true),
                    CompetenceLevel = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: true),
                    AgencyUnitCode = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: true),
                    SortKey = table.Column<int>(type: "integer", nullable: false),
                    RepresentativeOpinionId = table.Column<Guid>(type: "uuid", nullable: true),
                    OpinionCount = table.Column<int>(type: "integer", nullable: false),
                    VoterCount = table.Column<int>(type: "integer", nullable: false),
                    MeetingCount = table.Column<int>(type: "integer", nullable: false),
                    LocalityCount = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedByAgencyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnswerAgencyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnswerDocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    AnswerDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AnswerText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IsAnswerPublished = table.Column<bool>(type: "boolean", nullable: false),
                    AnswerPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SearchText = table.Column<string>(type: "character varying(24202)", maxLength: 24202, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsolidatedItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsolidatedItems_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutboxEmailAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutboxEmailId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", unicode: false, maxLength: 120, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxEmailAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxEmailAttachments_OutboxEmails_OutboxEmailId",
                        column: x => x.OutboxEmailId,
                        principalTable: "OutboxEmails",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitCode = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    ForLocalItems = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportRecipients_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitCode = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    GeneratedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    GeneratedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InputHash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    OpinionCount = table.Column<int>(type: "integer", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SettingsJson = table.Column<string>(type: "text", nullable: false),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false),
                    Docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    Xlsx = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportVersions_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportDispatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUnitCode = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    OutboxEmailId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportDispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportDispatches_OutboxEmails_OutboxEmailId",
                        column: x => x.OutboxEmailId,
                        principalTable: "OutboxEmails",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportDispatches_ReportVersions_ReportVersionId",
                        column: x => x.ReportVersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedItems_IsAnswerPublished_AnswerDate",
                table: "ConsolidatedItems",
                columns: new[] { "IsAnswerPublished", "AnswerDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedItems_OwnerUnitCode",
                table: "ConsolidatedItems",
                column: "OwnerUnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedItems_SessionId_SortKey",
                table: "ConsolidatedItems",
                columns: new[] { "SessionId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmailAttachments_OutboxEmailId",
                table: "OutboxEmailAttachments",
                column: "OutboxEmailId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportDispatches_OutboxEmailId",
                table: "ReportDispatches",
                column: "OutboxEmailId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportDispatches_ReportVersionId",
                table: "ReportDispatches",
                column: "ReportVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportDispatches_SessionId_RecipientEmail",
                table: "ReportDispatches",
                columns: new[] { "SessionId", "RecipientEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportRecipients_SessionId",
                table: "ReportRecipients",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_SessionId_Number",
                table: "ReportVersions",
                columns: new[] { "SessionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsolidatedItems");

            migrationBuilder.DropTable(
                name: "OutboxEmailAttachments");

            migrationBuilder.DropTable(
                name: "ReportDispatches");

            migrationBuilder.DropTable(
                name: "ReportRecipients");

            migrationBuilder.DropTable(
                name: "ReportVersions");
        }
    }
}
