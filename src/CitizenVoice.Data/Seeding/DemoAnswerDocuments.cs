using System.Globalization;
using System.Security.Cryptography;
using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Data.Seeding;

/// <summary>
/// The reply letters of the demo items answered by Sở Xây dựng Hà Nội, as DOCX answer documents, so the item page and
/// the citizen's status lookup show and download an answer's documents on the demo data. Runs after the triage demo;
/// needs the host's attachment store (the web app registers it), and does nothing without it or once letters exist.
/// </summary>
public static class DemoAnswerDocuments
{
    private const string Signer = "Nguyễn Mạnh Cường";

    private static readonly string Construction = Core.Units.UnitCodes.ProvinceBody("01", "SXD");

    public static async Task SeedAsync(CitizenVoiceDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<IAttachmentStore>() is not { } store
            || await db.SubmissionAttachments.AnyAsync(a => a.Kind == SubmissionAttachmentKind.Answer, cancellationToken))
        {
            return;
        }

        var answered = await db.Submissions
            .Where(s => s.Status == SubmissionStatus.Answered && s.AnsweredByUnitCode == Construction && s.AgencyCode == "SXD" && s.AnswerDocumentNumber != null)
            .ToListAsync(cancellationToken);
        var stored = new List<string>();
        try
        {
            foreach (var submission in answered)
            {
                using var letter = Letter(submission);
                var sha = Convert.ToHexStringLower(SHA256.HashData(letter.ToArray()));
                var key = await store.SaveAsync(letter, cancellationToken);
                stored.Add(key);
                var number = submission.AnswerDocumentNumber!.Split('/')[0];
                var document = new SubmissionAttachment(submission.Id, $"cong-van-{number}-SXD-tra-loi.docx", FileTypeSniffer.Docx, letter.Length, key, sha,
                    SubmissionAttachmentKind.Answer);
                submission.AttachAnswerDocument(document);
                db.SubmissionAttachments.Add(document);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await store.DeleteAllAsync(stored);
            throw;
        }
    }

    /// <summary>A short official reply in the usual layout (Nghị định 30/2020): issuer and national motto, number, place and date, addressee, body, signature.</summary>
    private static MemoryStream Letter(Submission submission)
    {
        var date = submission.AnswerDocumentDate ?? VietnamTime.DateOf(submission.AnsweredAt ?? submission.UpdatedAt);
        var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Line("UBND THÀNH PHỐ HÀ NỘI", JustificationValues.Left),
                Line("SỞ XÂY DỰNG", JustificationValues.Left, bold: true),
                Line("Số: " + submission.AnswerDocumentNumber, JustificationValues.Left),
                Line("V/v trả lời kiến nghị, phản ánh của công dân", JustificationValues.Left, italic: true),
                Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", JustificationValues.Right, bold: true),
                Line("Độc lập - Tự do - Hạnh phúc", JustificationValues.Right, bold: true),
                Line(string.Create(CultureInfo.InvariantCulture, $"Hà Nội, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}"), JustificationValues.Right, italic: true),
                Line("Kính gửi: " + (submission.Submitter.FullName is { } name ? "Ông/Bà " + name : "Công dân"), JustificationValues.Center, bold: true),
                Line($"Sở Xây dựng nhận được đơn \"{submission.Title}\" (mã {TrackingCode.Format(submission.TrackingCode)}) do Văn phòng Đoàn ĐBQH và HĐND thành phố chuyển đến. Sau khi xem xét, Sở Xây dựng trả lời như sau:", JustificationValues.Both),
                Line(submission.AnswerText ?? "", JustificationValues.Both),
                Line("Sở Xây dựng trân trọng thông báo để Ông/Bà được biết.", JustificationValues.Both),
                Line("KT. GIÁM ĐỐC", JustificationValues.Right, bold: true),
                Line("PHÓ GIÁM ĐỐC", JustificationValues.Right, bold: true),
                Line("(Đã ký)", JustificationValues.Right, italic: true),
                Line(Signer, JustificationValues.Right, bold: true)));
        }

        buffer.Position = 0;
        return buffer;
    }

    private static Paragraph Line(string text, JustificationValues alignment, bool bold = false, bool italic = false)
    {
        // Children in the schema's order: fonts, bold, italic, size (13 pt).
        var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = "26" });

        return new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "120" }, new Justification { Val = alignment }),
            new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
