using CitizenVoice.Core.SessionReports;
using CitizenVoice.Core.VoterAnswers;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Core.Consolidation;

public static class ConsolidationServiceCollectionExtensions
{
    /// <summary>Consolidation, session reports and answer tracking. The report writers come from AddReports().</summary>
    public static IServiceCollection AddConsolidation(this IServiceCollection services)
    {
        services.AddSingleton<ItemGrouping>();
        services.AddScoped<ProposeConsolidation>();
        services.AddScoped<AcceptCluster>();
        services.AddScoped<AddOpinionsToItem>();
        services.AddScoped<RemoveOpinionFromItem>();
        services.AddScoped<MergeItems>();
        services.AddScoped<EditConsolidatedItem>();
        services.AddScoped<MoveConsolidatedItem>();
        services.AddScoped<BuildVoterPetitionReport>();
        services.AddScoped<GenerateSessionReport>();
        services.AddScoped<SaveReportRecipient>();
        services.AddScoped<DispatchReport>();
        services.AddScoped<AnswerClock>();
        services.AddScoped<RecordAnswer>();
        services.AddScoped<AnswerMonitoring>();
        services.AddScoped<SearchPublishedAnswers>();
        return services;
    }
}
