using System.Globalization;
using CitizenVoice.Core.Reports;
using CitizenVoice.Reports.Common;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CitizenVoice.Reports.Word;

/// <summary>
/// A Word document in the state administrative format of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins
/// 20/20/30/15 mm, Times New Roman, the two-column header, body paragraphs, signature and "Nơi nhận". Sizes are in
/// half-points and lengths in twentieths of a point (twips), as Open XML counts them.
/// </summary>
internal sealed class AdministrativeDocx : IDisposable
{
    public const string Font = "Times New Roman";
    public const int BodySize = 28;

    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginBottom = 1134;
    private const int MarginLeft = 1701;
    private const int MarginRight = 850;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const int FirstLineIndent = 720;
    private const int HeaderLeftWidth = 3600;
    private const int HeaderRightWidth = TextWidth - HeaderLeftWidth;
    private const int SignatureLeftWidth = 3700;

    private readonly WordprocessingDocument _document;
    private readonly Body _body;
    private readonly SectionProperties _section;

    public AdministrativeDocx(Stream output)
    {
        _document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        _body = main.Document.Body!;
        AddStyles(main);
        _section = PageSetup(main);
        _body.Append(_section);
    }

    /// <summary>Two borderless columns: issuing body and number left; national title, motto and date right.</summary>
    public void Header(DocumentHeader header)
    {
        var left = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(header.ParentBody))
        {
            left.Add(Centred(Text(header.ParentBody.ToUpperInvariant(), 26)));
        }

        left.Add(Centred(Text(header.IssuingBody.ToUpperInvariant(), 26, bold: true)));
        left.Add(Rule(HeaderLeftWidth, 1300));
        var right = new List<OpenXmlElement>
        {
            Centred(Text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24, bold: true)),
            Centred(Text("Độc lập - Tự do - Hạnh phúc", 26, bold: true)),
            Rule(HeaderRightWidth, 3400),
        };
        var number = Centred(Text(VietnameseDates.NumberLine(header.Number, header.DocumentTypeCode, header.IssuerCode), 26));
        var date = Centred(Text(VietnameseDates.DateLine(header.Place, header.Date), 28, italic: true));
        number.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "0" };
        date.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "0" };
        Add(Grid([HeaderLeftWidth, HeaderRightWidth], [left, right], [[number], [date]]));
    }

    /// <summary>Document type name ("BÁO CÁO") and, when given, the subject line under it, with a short rule.</summary>
    public void Title(string kind, string? subject)
    {
        var title = Centred(Text(kind.ToUpperInvariant(), 28, bold: true));
        title.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "360", After = "0" };
        Add(title);
        if (!string.IsNullOrWhiteSpace(subject))
        {
            Add(Centred(Text(subject, 28, bold: true)));
            Add(Rule(TextWidth, 1800));
        }

        Add(Spacer(120));
    }

    /// <summary>A centred line between title and body, e.g. "Kính gửi: …".</summary>
    public void CentredLine(params Run[] runs)
    {
        var paragraph = Centred(runs);
        paragraph.ParagraphProperties!.SpacingBetweenLines = Spacing(line: 288, after: 120);
        Add(paragraph);
    }

    /// <summary>Heading of a part ("I. …", "A. …"): bold, indented like the body.</summary>
    public void Heading(string text, bool italic = false) => Add(BodyParagraph(Text(text, BodySize, bold: true, italic: italic)));

    public void Paragraph(string text) => Add(BodyParagraph(Text(text, BodySize)));

    public void Paragraph(params Run[] runs) => Add(BodyParagraph(runs));

    /// <summary>Signature right and "Nơi nhận:" left, side by side, after the closing "./." of the content.</summary>
    public void Closing(SignatureBlock signature, RecipientList recipients)
    {
        // Nghị định 30/2020 closes the content with "./." in place of the last full stop.
        var last = _body.Elements<Paragraph>().LastOrDefault();
        if (last?.Descendants<Text>().LastOrDefault() is { } end)
        {
            end.Text = end.Text.TrimEnd().TrimEnd('.');
            last.Append(Text("./.", BodySize));
        }

        var left = new List<OpenXmlElement> { Paragraph(JustificationValues.Left, Text("Nơi nhận:", 24, bold: true, italic: true)) };
        foreach (var item in recipients.Items)
        {
            left.Add(Paragraph(JustificationValues.Left, Text($"- {item.TrimEnd(';', '.', ' ')};", 22)));
        }

        left.Add(Paragraph(JustificationValues.Left, Text($"- Lưu: {recipients.Archive.TrimEnd('.', ' ')}.", 22)));

        var right = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(signature.Authority))
        {
            right.Add(Centred(Text(signature.Authority.ToUpperInvariant(), 28, bold: true)));
        }

        right.Add(Centred(Text(signature.Position.ToUpperInvariant(), 28, bold: true)));
        for (var i = 0; i < 4; i++)
        {
            right.Add(Centred(Text(string.Empty, 28)));
        }

        right.Add(Centred(Text(signature.SignerName, 28, bold: true)));
        Add(Spacer(240));
        Add(Grid([SignatureLeftWidth, TextWidth - SignatureLeftWidth], [left, right]));
    }

    public static Run Text(string text, int halfPoints, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = S(halfPoints) });
        var run = new Run(properties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    public void Dispose() => _document.Dispose();

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The section properties must stay the last child of the body.
    private void Add(OpenXmlElement element) => _body.InsertBefore(element, _section);

    private static Paragraph BodyParagraph(params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            Spacing(line: 288, after: 120),
            new Indentation { FirstLine = S(FirstLineIndent) },
            new Justification { Val = JustificationValues.Both }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Paragraph Centred(params Run[] runs) => Paragraph(JustificationValues.Center, runs);

    private static Paragraph Paragraph(JustificationValues alignment, params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(Spacing(), new Justification { Val = alignment }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static SpacingBetweenLines Spacing(int line = 240, int before = 0, int after = 0) => new()
    {
        Line = S(line),
        LineRule = LineSpacingRuleValues.Auto,
        Before = S(before),
        After = S(after),
    };

    private static Paragraph Spacer(int twips)
    {
        var paragraph = Paragraph(JustificationValues.Left, Text(string.Empty, 4));
        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = S(twips), Line = "80", LineRule = LineSpacingRuleValues.Exact };
        return paragraph;
    }

    // A short solid line: an empty paragraph indented to the rule's width, with a bottom border.
    private static Paragraph Rule(int containerWidth, int ruleWidth)
    {
        var indent = S((containerWidth - ruleWidth) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent, Right = indent },
            new Justification { Val = JustificationValues.Center }));
    }

    private static Table Grid(int[] widths, params IReadOnlyList<OpenXmlElement>[][] rows)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(new TableProperties(
            new TableWidth { Width = S(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            none,
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = S(w) })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = S(widths[c]), Type = TableWidthUnitValues.Dxa }));
                cell.Append(row[c].Select(e => e.CloneNode(true)));
                tr.Append(cell);
            }

            table.Append(tr);
        }

        return table;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new Color { Val = "000000" },
                    new FontSize { Val = S(BodySize) },
                    new FontSizeComplexScript { Val = S(BodySize) },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(Spacing()))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    // Page numbers from page 2, centred in the top margin: a "first page" header left empty, a default one with PAGE.
    private static SectionProperties PageSetup(MainDocumentPart main)
    {
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        var numbered = main.AddNewPart<HeaderPart>();
        var page = Centred(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Text("2", 28),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        numbered.Header = new Header(page);
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage());
    }
}
