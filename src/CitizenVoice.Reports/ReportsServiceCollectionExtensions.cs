using CitizenVoice.Core.Reports;
using CitizenVoice.Reports.Reception;
using CitizenVoice.Reports.VoterPetitions;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// The report writers, each as itself and as <see cref="IReportWriter{TModel}"/>. The session report has two
    /// (DOCX report and XLSX appendix): inject the concrete class, or IEnumerable&lt;IReportWriter&lt;VoterPetitionReport&gt;&gt;.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        Add<VoterPetitionReport, PreSessionReportDocx>(services);
        Add<VoterPetitionReport, OpinionsAppendixXlsx>(services);
        Add<ForwardingSlip, ForwardingSlipDocx>(services);
        Add<ReceptionBook, ReceptionBookXlsx>(services);
        Add<AnswerMonitoringReport, AnswerMonitoringXlsx>(services);
        return services;
    }

    private static void Add<TModel, TWriter>(IServiceCollection services)
        where TWriter : class, IReportWriter<TModel>
    {
        services.AddSingleton<TWriter>();
        services.AddSingleton<IReportWriter<TModel>>(sp => sp.GetRequiredService<TWriter>());
    }
}
