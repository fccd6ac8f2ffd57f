namespace CitizenVoice.Core.Reports;

/// <summary>
/// Writes one kind of report (a DOCX or XLSX file) from its plain model. Implementations live in
/// CitizenVoice.Reports, never query the database and keep no state between calls; the model carries everything
/// the file shows, already filtered for what the reader may see (no denouncer identity in reports to the NA).
/// </summary>
/// <typeparam name="TModel">The report model, built by a Core use case.</typeparam>
public interface IReportWriter<in TModel>
{
    /// <summary>MIME type of the file, for a download response.</summary>
    string ContentType { get; }

    /// <summary>File name extension with its dot, e.g. ".docx".</summary>
    string FileExtension { get; }

    /// <summary>Writes the whole file to <paramref name="output"/>, which need not be seekable; leaves it open.</summary>
    Task WriteAsync(TModel model, Stream output, CancellationToken cancellationToken);
}
