using CitizenVoice.Core.Reports;

namespace CitizenVoice.Reports.Common;

/// <summary>
/// Open XML packages need a seekable stream and write synchronously; a response body is neither, so the file is
/// built in memory (a few hundred kilobytes for the largest session report) and then copied asynchronously.
/// </summary>
public abstract class ReportWriter<TModel> : IReportWriter<TModel>
{
    public abstract string ContentType { get; }

    public abstract string FileExtension { get; }

    public async Task WriteAsync(TModel model, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        Write(model, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>Writes the file to a seekable stream.</summary>
    public abstract void Write(TModel model, Stream output);
}
