using System.IO.Compression;
using System.Text;
using CitizenVoice.Core.Attachments;

namespace CitizenVoice.Core.Tests.Attachments;

public sealed class FileTypeSnifferTests
{
    [Fact]
    public void RecognisesPngJpegAndPdfByContent()
    {
        Assert.Equal(FileTypeSniffer.Png, Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.Equal(FileTypeSniffer.Jpeg, Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.Equal(FileTypeSniffer.Pdf, Detect(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ")));
    }

    [Fact]
    public void RecognisesAWordPackage()
    {
        Assert.Equal(FileTypeSniffer.Docx, Detect(Zip("[Content_Types].xml", "word/document.xml")));
    }

    [Fact]
    public void RefusesOtherZipFilesAndExecutables()
    {
        Assert.Null(Detect(Zip("[Content_Types].xml", "xl/workbook.xml")));
        Assert.Null(Detect(Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0")));
        Assert.Null(Detect(Encoding.UTF8.GetBytes("<html><script>alert(1)</script>")));
        Assert.Null(Detect([]));
    }

    [Fact]
    public void LeavesTheStreamAtTheStart()
    {
        using var stream = new MemoryStream(Zip("[Content_Types].xml", "word/document.xml"));

        FileTypeSniffer.Detect(stream);

        Assert.Equal(0, stream.Position);
    }

    private static string? Detect(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return FileTypeSniffer.Detect(stream);
    }

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
