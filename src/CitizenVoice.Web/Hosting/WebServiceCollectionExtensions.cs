using System.Globalization;
using System.Text.Json.Serialization;
using CitizenVoice.Data;
using CitizenVoice.Web.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace CitizenVoice.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    /// <summary>Request body limit for everything but the submission form with attachments.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static IServiceCollection AddCitizenVoiceWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(k =>
        {
            k.Limits.MaxRequestBodySize = DefaultMaxRequestBodyBytes;
            k.AddServerHeader = false;
        });

        services.AddRazorPages(StaffAreaConventions.Apply);
        services.AddHostedService<ClassifierRefreshService>();
        // Vietnamese text is written as is, not as &#x...; entities: pages stay half the size and readable in source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new("vi-VN"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CitizenVoice API";
            document.Info.Description = "Kiến nghị, phản ánh, khiếu nại, tố cáo: file a submission and follow its status. "
                + "Errors are RFC 9457 problem+json; field messages are in Vietnamese.";
            return Task.CompletedTask;
        }));
        services.AddPublicRateLimits(configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddDataProtection()
            .SetApplicationName("CitizenVoice")
            .PersistKeysToDbContext<CitizenVoiceDbContext>();

        services.AddIdentity<CitizenVoiceUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CitizenVoiceDbContext>()
            .AddClaimsPrincipalFactory<Staff.StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        // A changed unit, role or password reaches every open session within a minute (the security stamp is re-checked).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/khong-co-quyen";
            o.Cookie.Name = "cv.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(AuthorizationPolicies.Add);
        services.AddSingleton<Pages.Lookup.AttachmentLinks>();
        services.AddSingleton<Staff.UnitNameCache>();
        services.AddScoped<Areas.Staff.Pages.Sessions.OpinionStatistics>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cv.af";
            o.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }

    // API clients get a status code, browsers a redirect to the sign-in page.
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
