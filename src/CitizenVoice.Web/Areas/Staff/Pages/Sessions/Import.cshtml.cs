using CitizenVoice.Core;
using CitizenVoice.Core.VoterMeetings;
using CitizenVoice.Data.Spreadsheets;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions;

/// <summary>Upload a filled template: every row checked, all or nothing, re-imports add nothing.</summary>
[RequestSizeLimit(MaxFileBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 64 * 1024)]
public sealed class ImportModel(ICitizenVoiceDb db, ImportOpinions importOpinions) : PageModel
{
    public const long MaxFileBytes = 10L * 1024 * 1024;

    public Session Session { get; private set; } = null!;

    public ImportOpinionsResult? Result { get; private set; }

    public string? FileError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (file is null || file.Length == 0)
        {
            FileError = "Chọn tệp Excel (.xlsx) theo mẫu.";
        }
        else if (file.Length > MaxFileBytes)
        {
            FileError = "Tệp lớn quá 10 MB.";
        }

        IReadOnlyList<OpinionImportRow>? rows = null;
        if (FileError is null)
        {
            try
            {
                await using var upload = file!.OpenReadStream();
                // The Open XML reader needs a seekable stream; the upload is at most 10 MB.
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer, cancellationToken);
                buffer.Position = 0;
                rows = OpinionImportWorkbook.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                FileError = ex.Message;
            }
        }

        if (rows is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Result = await importOpinions.ExecuteAsync(id, rows, HttpContext.StaffScope(), cancellationToken);
        switch (Result.Outcome)
        {
            case VoterMeetingOutcome.NotFound:
                return NotFound();
            case VoterMeetingOutcome.Forbidden:
                return Forbid();
            case VoterMeetingOutcome.Invalid:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                break;
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = HttpContext.StaffScope();
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || !VoterMeetingAccess.CanSee(scope, session.OwnerUnitCode))
        {
            return NotFound();
        }

        if (!VoterMeetingAccess.CanEdit(scope))
        {
            return Forbid();
        }

        Session = session;
        return null;
    }
}
