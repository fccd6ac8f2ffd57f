using CitizenVoice.Core.Submissions;
using CitizenVoice.Reports.Reception;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CitizenVoice.Reports.Tests.Reception;

public sealed class ForwardingSlipDocxTests
{
    [Fact]
    public void HidesWhoDenouncedEverywhereInTheFile()
    {
        var stream = OpenXmlRead.Write(new ForwardingSlipDocx(), SampleReports.Slip(SubmissionKind.Denunciation));

        using (var doc = WordprocessingDocument.Open(stream, false))
        {
            var text = string.Join('\n', OpenXmlRead.BodyParagraphs(doc));
            Assert.Contains("nhận được đơn tố cáo đề ngày 02 tháng 01 năm 2026 (Thông tin người tố cáo được giữ bí mật theo quy định của Luật Tố cáo).", text, StringComparison.Ordinal);
        }

        // Not in any part of the package either (document properties, headers, custom XML).
        stream.Position = 0;
        using var package = WordprocessingDocument.Open(stream, false);
        foreach (var part in package.GetAllParts())
        {
            using var reader = new StreamReader(part.GetStream());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("Nguyễn Văn Hùng", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("số 25 đường Lê Lợi", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NamesTheSenderOfAComplaint()
    {
        using var doc = Open(SubmissionKind.Complaint);

        var text = string.Join('\n', OpenXmlRead.BodyParagraphs(doc));
        Assert.Contains("Ngày 05 tháng 01 năm 2026, Đoàn đại biểu Quốc hội tỉnh Nghệ An nhận được đơn khiếu nại đề ngày 02 tháng 01 năm 2026 của Nguyễn Văn Hùng, địa chỉ: số 25 đường Lê Lợi, phường Trường Vinh, tỉnh Nghệ An.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("giữ bí mật", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HasTheFormsTitleRecipientContentAndRequest()
    {
        using var doc = Open(SubmissionKind.Feedback);

        var paragraphs = OpenXmlRead.BodyParagraphs(doc);
        var header = doc.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        Assert.Contains("Số: 15/PC-ĐĐBQH", header.Descendants<Paragraph>().Select(OpenXmlRead.Text));
        Assert.Contains("Nghệ An, ngày 09 tháng 01 năm 2026", header.Descendants<Paragraph>().Select(OpenXmlRead.Text));
        var title = paragraphs.IndexOf("PHIẾU CHUYỂN ĐƠN");
        var recipient = paragraphs.IndexOf("Kính gửi: Ủy ban nhân dân phường Trường Vinh.");
        var content = paragraphs.FindIndex(p => p.StartsWith("Nội dung đơn: Phản ánh việc xây dựng công trình lấn chiếm", StringComparison.Ordinal));
        var request = paragraphs.FindIndex(p => p == "Đề nghị Ủy ban nhân dân phường Trường Vinh thông báo kết quả giải quyết cho Đoàn đại biểu Quốc hội tỉnh Nghệ An và người có đơn theo quy định của pháp luật./.");
        Assert.True(title >= 0 && title < recipient && recipient < content && content < request, string.Join('\n', paragraphs));
        Assert.Contains(paragraphs, p => p.Contains("chuyển đơn phản ánh đến Ủy ban nhân dân phường Trường Vinh để xem xét, giải quyết theo thẩm quyền.", StringComparison.Ordinal));
    }

    [Fact]
    public void SignsAndListsRecipients()
    {
        using var doc = Open(SubmissionKind.Recommendation);

        var closing = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Descendants<Paragraph>().Select(OpenXmlRead.Text).Where(t => t.Length > 0).ToList();
        Assert.Equal(["Nơi nhận:", "- Như trên;", "- Người có đơn (để biết);", "- Lưu: VT, HS.", "TL. TRƯỞNG ĐOÀN", "CHÁNH VĂN PHÒNG", "Trần Quốc Bảo"], closing);
    }

    private static WordprocessingDocument Open(SubmissionKind kind) =>
        WordprocessingDocument.Open(OpenXmlRead.Write(new ForwardingSlipDocx(), SampleReports.Slip(kind)), false);
}
