using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// Demo staff accounts (one per role) and realistic submissions, so that someone trying the app sees at once what
/// it is for. Only with Demo:Seed=true; idempotent (does nothing once the demo admin exists).
/// </summary>
public sealed class DemoDataSeeder(
    CitizenVoiceDbContext db,
    UserManager<CitizenVoiceUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    SubmissionClocks clocks,
    UnitDirectory units,
    Core.Routing.IRoutingClassifier classifier,
    IServiceProvider services,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>Shared by every demo account; listed in the README. Demo only.</summary>
    public const string DemoPassword = "CitizenVoice@2026";

    /// <summary>The Hà Nội office of the NA delegation and People's Council, where most demo staff work.</summary>
    public static readonly string HanoiOffice = UnitCodes.DefaultIntake("01");

    public static readonly IReadOnlyList<(string Email, string FullName, string Role, string UnitCode)> DemoStaff =
    [
        ("quantri@demo.citizenvoice.vn", "Nguyễn Thị Thu Hà", StaffRoles.Administrator, UnitCodes.Province("01")),
        ("tiepdan@demo.citizenvoice.vn", "Trần Văn Minh", StaffRoles.ReceptionOfficer, HanoiOffice),
        ("xulydon@demo.citizenvoice.vn", "Lê Thị Hồng Nhung", StaffRoles.Processor, HanoiOffice),
        ("tonghop@demo.citizenvoice.vn", "Phạm Quốc Bảo", StaffRoles.ReportCompiler, HanoiOffice),
        ("daibieu@demo.citizenvoice.vn", "Hoàng Văn Thắng", StaffRoles.Deputy, HanoiOffice),
        ("coquan@demo.citizenvoice.vn", "Đỗ Thị Lan Anh", StaffRoles.AgencyResponder, UnitCodes.ProvinceBody("01", "SXD")),
        ("xulydon.hcm@demo.citizenvoice.vn", "Lê Minh Khoa", StaffRoles.Processor, UnitCodes.DefaultIntake("79")),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        if (await users.FindByEmailAsync(DemoStaff[0].Email) is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var (email, fullName, role, unitCode) in DemoStaff)
        {
            var user = new CitizenVoiceUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, CreatedAt = now, UnitCode = unitCode };
            Check(await users.CreateAsync(user, DemoPassword));
            Check(await users.AddToRoleAsync(user, role));
            await DemoTwoFactor.EnableAsync(users, user);
        }

        var processor = await users.FindByEmailAsync(DemoStaff[2].Email);
        foreach (var demo in DemoSubmissions.All)
        {
            var receivedAt = now.AddDays(-demo.DaysAgo).AddHours(-demo.DaysAgo % 7);
            var submission = Submission.Receive(demo.Draft, TrackingCode.NewCode(), receivedAt);
            db.Submissions.Add(submission);
            await clocks.OnStatusEnteredAsync(submission, SubmissionStatus.Received, receivedAt, cancellationToken);
            var at = receivedAt;
            foreach (var (status, note) in demo.Steps)
            {
                at = at.AddDays(2).AddHours(3);
                submission.MoveTo(status, note, processor?.Id, at);
                await clocks.OnStatusEnteredAsync(submission, status, at, cancellationToken);
            }
        }

        var triage = await DemoTriage.SeedAsync(db, clocks, units, processor, now, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await DemoAnswerDocuments.SeedAsync(db, services, cancellationToken);
        await DemoVoterMeetings.SeedAsync(db, classifier, now, cancellationToken);
        await DemoConsolidation.SeedAsync(db, services, now, cancellationToken);
        logger.LogInformation("Seeded {Staff} demo staff accounts and {Submissions} demo submissions", DemoStaff.Count, DemoSubmissions.All.Count + triage);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
