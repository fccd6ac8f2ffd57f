using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CitizenVoice.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VoterMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsAnswerPublished",
                table: "Submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Term = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyUnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    OwnerUnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PreSessionReminderFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PostSessionReminderFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VoterMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    OrganisingUnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    OwnerUnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Deputies = table.Column<string>(type: "TEXT", maxLength: 2080, nullable: false),
                    VotersAttending = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnouncedContent = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoterMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoterMeetings_Communes_CommuneCode",
                        column: x => x.CommuneCode,
                        principalTable: "Communes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoterMeetings_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoterMeetings_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VoterOpinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    OwnerUnitCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    VoterName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    VoterPlace = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    VoterCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredOnTheSpot = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnTheSpotAnswer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TopicCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: true),
                    CompetenceLevel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    AgencyCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    RoutingConfidence = table.Column<float>(type: "REAL", nullable: true),
                    RoutingStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RoutingConfirmedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RoutingConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ConsentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ConsentedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportBatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NaturalKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ConsolidatedItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoterOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoterOpinions_Communes_CommuneCode",
                        column: x => x.CommuneCode,
                        principalTable: "Communes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoterOpinions_Provinces_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Provinces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoterOpinions_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VoterOpinions_VoterMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "VoterMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_IsAnswerPublished_Status",
                table: "Submissions",
                columns: new[] { "IsAnswerPublished", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_OpensOn",
                table: "Sessions",
                column: "OpensOn");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_OwnerUnitCode_Body_BodyUnitCode_Term_Number",
                table: "Sessions",
                columns: new[] { "OwnerUnitCode", "Body", "BodyUnitCode", "Term", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeetings_CommuneCode",
                table: "VoterMeetings",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeetings_IsPublished_Date",
                table: "VoterMeetings",
                columns: new[] { "IsPublished", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeetings_OwnerUnitCode_Date",
                table: "VoterMeetings",
                columns: new[] { "OwnerUnitCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeetings_ProvinceCode",
                table: "VoterMeetings",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeetings_SessionId_Date",
                table: "VoterMeetings",
                columns: new[] { "SessionId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_VoterMeetings_SessionId_Date_CommuneCode",
                table: "VoterMeetings",
                columns: new[] { "SessionId", "Date", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_VoterOpinions_CommuneCode",
                table: "VoterOpinions",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_VoterOpinions_ConsolidatedItemId",
                table: "VoterOpinions",
                column: "ConsolidatedItemId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterOpinions_ImportBatchId",
                table: "VoterOpinions",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterOpinions_MeetingId_CreatedAt",
                table: "VoterOpinions",
                columns: new[] { "MeetingId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VoterOpinions_OwnerUnitCode_CreatedAt",
                table: "VoterOpinions",
                columns: new[] { "OwnerUnitCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VoterOpinions_ProvinceCode",
                table: "VoterOpinions",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_VoterOpinions_SessionId_NaturalKey",
                table: "VoterOpinions",
                columns: new[] { "SessionId", "NaturalKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoterOpinions_TopicCode_CreatedAt",
                table: "VoterOpinions",
                columns: new[] { "TopicCode", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VoterOpinions");

            migrationBuilder.DropTable(
                name: "VoterMeetings");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_IsAnswerPublished_Status",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "IsAnswerPublished",
                table: "Submissions");
        }
    }
}
