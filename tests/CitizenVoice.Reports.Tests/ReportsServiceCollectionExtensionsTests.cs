using CitizenVoice.Core.Reports;
using CitizenVoice.Reports.Reception;
using CitizenVoice.Reports.VoterPetitions;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Reports.Tests;

public sealed class ReportsServiceCollectionExtensionsTests
{
    [Fact]
    public void RegistersEveryWriterAsItselfAndByModel()
    {
        using var provider = new ServiceCollection().AddReports().BuildServiceProvider();

        Assert.Equal(
            [typeof(PreSessionReportDocx), typeof(OpinionsAppendixXlsx)],
            provider.GetServices<IReportWriter<VoterPetitionReport>>().Select(w => w.GetType()));
        Assert.IsType<ForwardingSlipDocx>(provider.GetRequiredService<IReportWriter<ForwardingSlip>>());
        Assert.IsType<ReceptionBookXlsx>(provider.GetRequiredService<IReportWriter<ReceptionBook>>());
        Assert.IsType<AnswerMonitoringXlsx>(provider.GetRequiredService<IReportWriter<AnswerMonitoringReport>>());
        Assert.Same(provider.GetRequiredService<OpinionsAppendixXlsx>(), provider.GetServices<IReportWriter<VoterPetitionReport>>().Last());
    }

    [Fact]
    public void NamesTheFileTypeForDownloads()
    {
        Assert.Equal(("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"), FileType(new ForwardingSlipDocx()));
        Assert.Equal(("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"), FileType(new ReceptionBookXlsx()));
    }

    private static (string ContentType, string Extension) FileType<TModel>(IReportWriter<TModel> writer) => (writer.ContentType, writer.FileExtension);
}
