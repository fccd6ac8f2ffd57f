namespace CitizenVoice.Reports.Common;

public abstract class DocxReportWriter<TModel> : ReportWriter<TModel>
{
    public sealed override string ContentType => ContentTypes.Docx;

    public sealed override string FileExtension => ".docx";
}
