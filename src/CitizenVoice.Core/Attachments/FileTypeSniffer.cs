using System.IO.Compression;

namespace CitizenVoice.Core.Attachments;

/// <summary>
/// Decides a file's type from its first bytes, never from its name: a renamed executable must not pass as a PDF.
/// Accepts JPEG, PNG, PDF and DOCX (a ZIP package holding word/document.xml).
/// </summary>
public static class FileTypeSniffer
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        Pdf => ".pdf",
        Docx => ".docx",
        _ => "",
    };

    /// <summary>The content type, or null when the bytes are none of the accepted types. The stream must be seekable.</summary>
    public static string? Detect(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        stream.Position = 0;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        head = head[..read];

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return Jpeg;
        }

        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return Png;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith(new byte[] { 0x50, 0x4B, 0x03, 0x04 }) && IsWordPackage(stream))
        {
            return Docx;
        }

        return null;
    }

    private static bool IsWordPackage(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
