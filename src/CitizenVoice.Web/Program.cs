using CitizenVoice.Classification;
using CitizenVoice.Core;
using CitizenVoice.Data;
using CitizenVoice.Reports;
using CitizenVoice.Web.Api;
using CitizenVoice.Web.Attachments;
using CitizenVoice.Web.Email;
using CitizenVoice.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddCitizenVoiceCore(builder.Configuration)
    .AddCitizenVoiceData(builder.Configuration, builder.Environment.ContentRootPath)
    .AddAttachmentStore(builder.Configuration, builder.Environment.ContentRootPath)
    .AddEmail(builder.Configuration, builder.Environment.ContentRootPath)
    .AddJobs(builder.Configuration)
    .AddRoutingClassifier(builder.Configuration)
    .AddReports()
    .AddRoutingAdministration(builder.Environment.ContentRootPath)
    .AddReports()
    .AddCitizenVoiceWeb(builder.Configuration);

var app = builder.Build();

await app.InitializeDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseCitizenVoiceErrorHandling();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapOpenApi();
app.MapHealthEndpoints();
app.MapSubmissionsApi();
app.MapStaffSubmissionsApi();
app.MapClassifyApi();
app.MapLanguageSwitch();
app.MapJobsDashboard();
app.UseRecurringJobs();
app.LogWhereToStart();

app.Run();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
