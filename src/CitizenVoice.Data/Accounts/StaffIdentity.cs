using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Data.Accounts;

/// <summary>
/// Identity for staff accounts, shared by the web app and the admin commands: the same password and lockout rules,
/// Vietnamese messages, and the same Data Protection keys, so a link made by the CLI opens in the web app.
/// </summary>
public static class StaffIdentity
{
    public const string ApplicationName = "CitizenVoice";

    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireNonAlphanumeric = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = true;
    }

    public static IDataProtectionBuilder AddSharedDataProtection(this IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<CitizenVoiceDbContext>();

    /// <summary>What the admin commands need: user and role managers over the database, without cookies or sign-in.</summary>
    public static IServiceCollection AddStaffAccountsCore(this IServiceCollection services)
    {
        services.AddSharedDataProtection();
        services.AddIdentityCore<CitizenVoiceUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CitizenVoiceDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        services.AddScoped<InvitationLinks>();
        services.AddScoped<CreateStaffAccount>();
        return services;
    }
}
