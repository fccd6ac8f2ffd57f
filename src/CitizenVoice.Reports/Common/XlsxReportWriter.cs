namespace CitizenVoice.Reports.Common;

public abstract class XlsxReportWriter<TModel> : ReportWriter<TModel>
{
    public sealed override string ContentType => ContentTypes.Xlsx;

    public sealed override string FileExtension => ".xlsx";
}
