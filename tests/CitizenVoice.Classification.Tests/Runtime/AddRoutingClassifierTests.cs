using CitizenVoice.Classification.Routing;
using CitizenVoice.Classification.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Classification.Tests.Runtime;

public class AddRoutingClassifierTests
{
    [Fact]
    public void RegistersOneClassifierConfiguredFromTheClassifierSection()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Classifier:ModelPath"] = RepoPaths.Models,
            ["Classifier:ConfidenceThreshold"] = "0.3",
        }).Build();
        using var provider = new ServiceCollection().AddRoutingClassifier(config).BuildServiceProvider(validateScopes: true);

        var first = provider.GetRequiredService<RoutingClassifier>();

        Assert.Same(first, provider.GetRequiredService<RoutingClassifier>());
        Assert.Equal(0.3f, first.ConfidenceThreshold);
        Assert.Equal("giao-duc", first.Classify("Cử tri đề nghị Bộ Giáo dục và Đào tạo giảm tải chương trình sách giáo khoa.").Topic);
    }

    [Fact]
    public void FindsTheModelFolderRelativeToTheAppByDefault()
    {
        var options = new ClassifierOptions();

        Assert.Equal(Path.GetFullPath(RepoPaths.Models), Path.GetFullPath(options.ResolveModelPath()));
    }

    [Fact]
    public void UsesARegisteredRulesSourceAndRejectsAMissingModelFolder()
    {
        var good = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Classifier:ModelPath"] = RepoPaths.Models }).Build();
        var services = new ServiceCollection().AddSingleton<IRoutingRulesSource>(CsvRoutingRulesSource.Embedded());
        using var provider = services.AddRoutingClassifier(good).BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<RoutingClassifier>().Routing);

        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Classifier:ModelPath"] = "/nonexistent/models" }).Build();
        using var badProvider = new ServiceCollection().AddRoutingClassifier(bad).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => badProvider.GetRequiredService<RoutingClassifier>());
    }
}
