using CitizenVoice.Data.Spreadsheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>The opinion import template, generated on request (it carries no data).</summary>
public sealed class ImportTemplateModel : PageModel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public IActionResult OnGet()
    {
        var stream = new MemoryStream();
        OpinionImportWorkbook.WriteTemplate(stream);
        stream.Position = 0;
        return File(stream, ContentType, "mau-nhap-y-kien-cu-tri.xlsx");
    }
}
