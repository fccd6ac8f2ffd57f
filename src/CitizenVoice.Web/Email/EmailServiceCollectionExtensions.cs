using CitizenVoice.Core.Email;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Web.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.SectionName));
        services.AddSingleton<IEmailSender>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(smtp.Host))
            {
                return new MailKitEmailSender(sp.GetRequiredService<IOptions<SmtpOptions>>());
            }

            var folder = Path.GetFullPath(Path.Combine(contentRoot, smtp.PickupFolder));
            sp.GetRequiredService<ILogger<PickupFolderEmailSender>>()
                .LogWarning("No Smtp:Host configured: emails are written as .eml files to {Folder}", folder);
            return new PickupFolderEmailSender(folder, smtp.From);
        });
        return services;
    }
}
