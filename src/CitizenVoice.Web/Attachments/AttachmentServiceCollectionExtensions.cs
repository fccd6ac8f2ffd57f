using CitizenVoice.Core.Attachments;

namespace CitizenVoice.Web.Attachments;

public static class AttachmentServiceCollectionExtensions
{
    public static IServiceCollection AddAttachmentStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(AttachmentStoreOptions.SectionName).Get<AttachmentStoreOptions>() ?? new();
        var root = Path.GetFullPath(Path.Combine(contentRoot, options.Path));
        services.AddSingleton<IAttachmentStore>(new LocalDiskAttachmentStore(root));
        return services;
    }
}
