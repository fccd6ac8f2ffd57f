using System.Text;
using System.Text.RegularExpressions;
using CitizenVoice.Reports.VoterPetitions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CitizenVoice.Reports.Tests.VoterPetitions;

public sealed partial class PreSessionReportDocxTests
{
    [Fact]
    public void PageIsA4PortraitWithTheDecreeMargins()
    {
        using var doc = Open();

        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal(PageOrientationValues.Portrait, size.Orient!.Value);
        // 20 mm top and bottom, 30 mm left, 15 mm right, in twips.
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void EveryRunIsTimesNewRomanBetween11And14Points()
    {
        using var doc = Open();

        var runs = doc.MainDocumentPart!.Document.Descendants<Run>().Where(r => r.Elements<Text>().Any(t => t.Text.Length > 0)).ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.Equal("Times New Roman", r.RunProperties!.RunFonts!.Ascii!.Value));
        Assert.All(runs, r => Assert.InRange(int.Parse(r.RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture), 22, 28));
    }

    [Fact]
    public void HeaderHasBodiesLeftAndNationalTitleRight()
    {
        using var doc = Open();

        var header = doc.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        var cells = header.Elements<TableRow>().First().Elements<TableCell>().ToList();
        var left = cells[0].Elements<Paragraph>().Select(OpenXmlRead.Text).ToList();
        var right = cells[1].Elements<Paragraph>().Select(OpenXmlRead.Text).ToList();
        Assert.Equal("QUỐC HỘI KHÓA XV", left[0]);
        Assert.Equal("ĐOÀN ĐẠI BIỂU QUỐC HỘITỈNH NGHỆ AN", left[1]);
        Assert.True(cells[0].Elements<Paragraph>().ElementAt(1).Descendants<Bold>().Any());
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], right.Take(2));
        Assert.All(cells[1].Elements<Paragraph>().Take(2), p => Assert.True(p.Descendants<Bold>().Any()));
        // Short rules under the issuing body and the motto, and no table borders.
        Assert.Equal(2, header.Descendants<ParagraphBorders>().Count());
        Assert.All(header.GetFirstChild<TableProperties>()!.TableBorders!.Elements<DocumentFormat.OpenXml.Wordprocessing.BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));
    }

    [Fact]
    public void NumberLineLeftAndItalicDateLineRight()
    {
        using var doc = Open();

        var second = doc.MainDocumentPart!.Document.Body!.Elements<Table>().First().Elements<TableRow>().ElementAt(1).Elements<TableCell>().ToList();
        Assert.Equal("Số: 07/BC-ĐĐBQH", OpenXmlRead.Text(second[0].GetFirstChild<Paragraph>()!));
        var date = second[1].GetFirstChild<Paragraph>()!;
        Assert.Equal("Nghệ An, ngày 05 tháng 3 năm 2026", OpenXmlRead.Text(date));
        Assert.True(date.Descendants<Italic>().Any());
    }

    [Fact]
    public void PartsComeInTheOrderOfTheJointResolution()
    {
        using var doc = Open();

        var paragraphs = OpenXmlRead.BodyParagraphs(doc);
        string[] headings =
        [
            "BÁO CÁO", "Tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ 11, Quốc hội khóa XV",
            "I. TÌNH HÌNH TỔ CHỨC TIẾP XÚC CỬ TRI", "II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI", "A. Ý KIẾN CHUNG CỦA CỬ TRI",
            "B. KIẾN NGHỊ THUỘC THẨM QUYỀN CỦA CÁC CƠ QUAN TRUNG ƯƠNG", "1. Lĩnh vực y tế (Bộ Y tế)", "2. Lĩnh vực người có công (Bộ Nội vụ)",
            "C. KIẾN NGHỊ THUỘC THẨM QUYỀN CỦA ĐỊA PHƯƠNG", "1. Lĩnh vực giao thông (UBND tỉnh, Sở Xây dựng)", "III. ĐỀ XUẤT, KIẾN NGHỊ",
        ];
        var positions = headings.Select(h => paragraphs.IndexOf(h)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void MeetingFiguresAreInPartOne()
    {
        using var doc = Open();

        var text = string.Join('\n', OpenXmlRead.BodyParagraphs(doc));
        Assert.Contains("Từ ngày 24 tháng 02 năm 2026 đến ngày 26 tháng 02 năm 2026, Đoàn đại biểu Quốc hội tỉnh phối hợp", text, StringComparison.Ordinal);
        Assert.Contains("đã tổ chức 3 cuộc tiếp xúc cử tri tại 3 xã, phường, với 1.245 lượt cử tri tham dự.", text, StringComparison.Ordinal);
        Assert.Contains("đồng chí Hoàng Thị Thu Trang, Phó Trưởng đoàn chuyên trách", text, StringComparison.Ordinal);
        Assert.Contains("cử tri đã nêu 8 lượt ý kiến, kiến nghị", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemsAreNumberedWithTheirCounts()
    {
        using var doc = Open();

        var items = OpenXmlRead.BodyParagraphs(doc).Where(p => p.StartsWith("Kiến nghị ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal(
            "Kiến nghị 1. Cử tri đề nghị Chính phủ nâng mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ cận nghèo từ 70% lên 100% để người dân yên tâm khám, chữa bệnh. (3 lượt ý kiến tại 3 cuộc tiếp xúc, 3 xã, phường)",
            items[0]);
        Assert.EndsWith("(2 lượt ý kiến tại 1 cuộc tiếp xúc, 1 xã, phường)", items[2], StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4], items.Select(i => int.Parse(ItemNumber().Match(i).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void BodyIsJustifiedWithFirstLineIndentAndSpacing()
    {
        using var doc = Open();

        var body = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => OpenXmlRead.Text(p).StartsWith("Kiến nghị ", StringComparison.Ordinal)).ToList();
        Assert.All(body, p =>
        {
            var properties = p.ParagraphProperties!;
            Assert.Equal(JustificationValues.Both, properties.Justification!.Val!.Value);
            Assert.Equal("720", properties.Indentation!.FirstLine!.Value);
            Assert.True(int.Parse(properties.SpacingBetweenLines!.After!.Value!, System.Globalization.CultureInfo.InvariantCulture) >= 120);
            Assert.InRange(int.Parse(properties.SpacingBetweenLines.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture), 240, 360);
            Assert.Equal("28", p.Elements<Run>().First().RunProperties!.FontSize!.Val!.Value);
        });
    }

    [Fact]
    public void PageNumbersStartOnPageTwoCentredInTheHeader()
    {
        using var doc = Open();

        var main = doc.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var references = section.Elements<HeaderReference>().ToDictionary(h => h.Type!.Value, h => (HeaderPart)main.GetPartById(h.Id!));
        Assert.DoesNotContain(references[HeaderFooterValues.First].Header.Descendants<FieldCode>(), _ => true);
        var numbered = references[HeaderFooterValues.Default].Header;
        Assert.Equal(" PAGE ", Assert.Single(numbered.Descendants<FieldCode>()).Text);
        Assert.Equal(JustificationValues.Center, numbered.Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void ClosesWithSignatureAndRecipients()
    {
        using var doc = Open();

        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.EndsWith("theo quy định./.", OpenXmlRead.BodyParagraphs(doc).Last(p => p.Length > 0), StringComparison.Ordinal);
        var closing = body.Elements<Table>().Last().Elements<TableRow>().Single().Elements<TableCell>().ToList();
        var recipients = closing[0].Elements<Paragraph>().ToList();
        Assert.Equal("Nơi nhận:", OpenXmlRead.Text(recipients[0]));
        Assert.True(recipients[0].Descendants<Italic>().Any() && recipients[0].Descendants<Bold>().Any());
        Assert.Equal("24", recipients[0].Descendants<FontSize>().Single().Val!.Value);
        Assert.Equal("- Ủy ban Thường vụ Quốc hội;", OpenXmlRead.Text(recipients[1]));
        Assert.Equal("- Lưu: VT, ĐĐBQH.", OpenXmlRead.Text(recipients[^1]));
        Assert.All(recipients.Skip(1), p => Assert.Equal("22", p.Descendants<FontSize>().Single().Val!.Value));
        var signature = closing[1].Elements<Paragraph>().Select(OpenXmlRead.Text).Where(t => t.Length > 0).ToList();
        Assert.Equal(["TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI", "PHÓ TRƯỞNG ĐOÀN CHUYÊN TRÁCH", "Hoàng Thị Thu Trang"], signature);
    }

    [Fact]
    public void KeepsVietnameseTextInComposedForm()
    {
        using var doc = Open();

        var all = string.Concat(doc.MainDocumentPart!.Document.Descendants<Text>().Select(t => t.Text));
        Assert.True(all.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("người hoạt động kháng chiến bị nhiễm chất độc hóa học", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesToAStreamThatCannotSeek()
    {
        using var target = new MemoryStream();
        await using var forwardOnly = new ForwardOnlyStream(target);

        await new PreSessionReportDocx().WriteAsync(SampleReports.PetitionReport(), forwardOnly, TestContext.Current.CancellationToken);

        target.Position = 0;
        using var doc = WordprocessingDocument.Open(target, false);
        Assert.Contains("BÁO CÁO", OpenXmlRead.BodyParagraphs(doc));
    }

    private static WordprocessingDocument Open() =>
        WordprocessingDocument.Open(OpenXmlRead.Write(new PreSessionReportDocx(), SampleReports.PetitionReport()), false);

    [GeneratedRegex(@"^Kiến nghị (\d+)\.")]
    private static partial Regex ItemNumber();
}
