using System.Globalization;

namespace CitizenVoice.Web;

/// <summary>A file's size as people read it next to a download link: "< 1 KB", "48 KB", "2,3 MB".</summary>
public static class FileSizeText
{
    public static string Format(long bytes, CultureInfo culture)
    {
        if (bytes < 1024)
        {
            return "< 1 KB";
        }

        return bytes < 1024 * 1024
            ? (bytes / 1024.0).ToString("N0", culture) + " KB"
            : (bytes / (1024.0 * 1024.0)).ToString("N1", culture) + " MB";
    }
}
