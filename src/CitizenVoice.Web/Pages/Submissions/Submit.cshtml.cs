using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CitizenVoice.Web.Pages.Submissions;

/// <summary>
/// The citizen's submission form. A plain multipart POST that works without JavaScript; htmx only adds the commune
/// suggestions while typing. Success redirects (post-redirect-get) to the receipt with the code in TempData.
/// </summary>
[EnableRateLimiting(RateLimitingOptions.SubmitPolicy)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class SubmitModel(PlaceDirectory places, CreateSubmission createSubmission) : PageModel
{
    /// <summary>Five attachments of 10 MB each plus the text fields and multipart overhead.</summary>
    public const long MaxRequestBytes = 55L * 1024 * 1024;

    public const string TrackingCodeKey = "TrackingCode";

    /// <summary>The posted form (bound from the handler parameter, whose fields carry no prefix), or the empty form.</summary>
    public SubmitInput Input { get; private set; } = new();

    public IReadOnlyList<Province> Provinces { get; private set; } = [];

    public ValidationErrors Errors { get; private set; } = new();

    /// <summary>Communes offered under the commune field after the typed name could not be resolved.</summary>
    public IReadOnlyList<Commune>? CommuneSuggestions { get; private set; }

    /// <summary>Files cannot be kept across a re-render: the citizen is asked to choose them again.</summary>
    public bool HadAttachments { get; private set; }

    public async Task OnGetAsync(string? loai, CancellationToken cancellationToken)
    {
        if (DomainCodes.TryParseKind(loai, out _))
        {
            Input.Kind = loai;
        }

        Provinces = await places.ProvincesAsync(cancellationToken);
    }

    /// <summary>htmx: communes of the chosen province whose names contain what was typed.</summary>
    public async Task<IActionResult> OnGetCommunesAsync(string? provinceCode, string? commune, CancellationToken cancellationToken)
    {
        var model = new CommuneOptionsModel(provinceCode, commune, null, []);
        if (!string.IsNullOrWhiteSpace(provinceCode) && !string.IsNullOrWhiteSpace(commune))
        {
            model = model with { Communes = await places.SearchCommunesAsync(provinceCode, VietnameseText.ToNfc(commune), cancellationToken) };
        }

        return Partial("_CommuneOptions", model);
    }

    public async Task<IActionResult> OnPostAsync(SubmitInput input, List<IFormFile>? attachments, CancellationToken cancellationToken)
    {
        Input = input;
        var files = attachments ?? [];
        var result = await createSubmission.ExecuteAsync(new CreateSubmissionRequest
        {
            Kind = Input.Kind,
            Channel = SubmissionChannel.Online,
            Title = Input.Title,
            Content = Input.Content,
            ProvinceCode = Input.ProvinceCode,
            Commune = string.IsNullOrWhiteSpace(Input.CommuneCode) ? Input.Commune : Input.CommuneCode,
            Address = Input.Address,
            FullName = Input.FullName,
            Phone = Input.Phone,
            Email = Input.Email,
            IdNumber = Input.IdNumber,
            Anonymous = Input.Anonymous,
            Consent = Input.Consent,
            ComplaintSubject = Input.ComplaintSubject,
            ComplaintLearnedOn = FormDates.ParseDate(Input.ComplaintLearnedOn),
            Attachments = files.Select(f => new AttachmentUpload(f.FileName, f.Length, f.OpenReadStream)).ToList(),
        }, cancellationToken);

        if (result.Outcome == CreateSubmissionOutcome.Created)
        {
            TempData[TrackingCodeKey] = result.Submission!.TrackingCode;
            return RedirectToPage("/Submissions/Receipt");
        }

        Errors = result.Errors;
        HadAttachments = files.Count > 0;
        if (Input.Kind == "khieu-nai" && !string.IsNullOrWhiteSpace(Input.ComplaintLearnedOn) && FormDates.ParseDate(Input.ComplaintLearnedOn) is null)
        {
            Errors = WithDateFormatError(Errors);
        }

        Provinces = await places.ProvincesAsync(cancellationToken);
        if (Errors.Has("communeCode") && !string.IsNullOrWhiteSpace(Input.ProvinceCode) && !Errors.Has("provinceCode"))
        {
            CommuneSuggestions = await places.SearchCommunesAsync(Input.ProvinceCode, VietnameseText.ToNfc(Input.Commune ?? ""), cancellationToken);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The id of the form control an error key belongs to, for the summary's links.</summary>
    public static string FieldId(string key) => key switch
    {
        "kind" => "kind-kien-nghi",
        "communeCode" => "commune",
        "attachments" => "attachments",
        _ => key,
    };

    // The use case only sees a missing date; say that the typed one could not be read.
    private static ValidationErrors WithDateFormatError(ValidationErrors errors)
    {
        var copy = new ValidationErrors();
        foreach (var (field, messages) in errors.ByField)
        {
            foreach (var message in field == "complaintLearnedOn" ? ["Ngày không đúng định dạng; vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026."] : messages)
            {
                copy.Add(field, message);
            }
        }

        return copy;
    }
}
