using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Email;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CitizenVoice.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Use cases and jobs of Core. The host supplies ICitizenVoiceDb, IAttachmentStore, IEmailSender and IOutboxSignal.</summary>
    public static IServiceCollection AddCitizenVoiceCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PlaceCatalog>();
        services.AddScoped<PlaceDirectory>();
        services.AddSingleton<AgencyCatalog>();
        services.AddSingleton<UnitFactory>();
        services.AddScoped<UnitDirectory>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CreateSubmission>();
        services.AddScoped<LookupSubmission>();
        services.AddScoped<SendEmailJob>();
        services.AddScoped<EmailOutboxSweepJob>();
        return services;
    }
}
