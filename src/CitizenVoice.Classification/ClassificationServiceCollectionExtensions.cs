using CitizenVoice.Classification.Routing;
using CitizenVoice.Classification.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Classification;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RoutingClassifierHolder"/> as a singleton, configured from the "Classifier" section
    /// (ModelPath, ConfidenceThreshold), and <see cref="RoutingClassifier"/> as its current classifier. The models load
    /// once per process, on first use, and again only when a model is promoted; the classifier is thread-safe. Routing rules come from a registered <see cref="IRoutingRulesSource"/> (e.g. the database),
    /// else from the embedded CSV.
    /// </summary>
    public static IServiceCollection AddRoutingClassifier(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ClassifierOptions>()
            .Bind(configuration.GetSection(ClassifierOptions.SectionName))
            .Validate(o => o.ConfidenceThreshold is >= 0f and <= 1f, "Classifier:ConfidenceThreshold must be between 0 and 1")
            .Validate(o => File.Exists(Path.Combine(o.ResolveModelPath(), Training.ModelFiles.TopicModel)), "Classifier:ModelPath holds no petition-topic.zip");
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ClassifierOptions>>().Value;
            var resolved = new ClassifierOptions { ModelPath = options.ResolveModelPath(), ConfidenceThreshold = options.ConfidenceThreshold };
            return new RoutingClassifierHolder(resolved, sp.GetService<IRoutingRulesSource>());
        });
        // Resolved per use: a promoted model or an edited routing table replaces the holder's current classifier.
        services.TryAddTransient(sp => sp.GetRequiredService<RoutingClassifierHolder>().Current);
        services.TryAddSingleton<Core.Routing.IRoutingClassifier, RoutingClassifierAdapter>();
        return services;
    }

    /// <summary>
    /// The database side of the classifier: routing rules from the RoutingRules table, the active trained model
    /// version from RoutingModelVersions (files in the model store under <paramref name="contentRoot"/>), and the
    /// refresher that reloads both. Call after <see cref="AddRoutingClassifier"/>.
    /// </summary>
    public static IServiceCollection AddRoutingAdministration(this IServiceCollection services, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        services.AddSingleton<IRoutingRulesSource, DatabaseRoutingRulesSource>();
        services.AddSingleton(sp => new Retraining.RoutingModelStore(sp.GetRequiredService<IOptions<ClassifierOptions>>(), contentRoot));
        services.AddSingleton<ClassifierDatabaseSync>();
        services.AddSingleton<Core.Routing.IRoutingClassifierRefresher>(sp => sp.GetRequiredService<ClassifierDatabaseSync>());
        services.AddScoped<Retraining.RetrainRoutingModelJob>();
        return services;
    }
}
