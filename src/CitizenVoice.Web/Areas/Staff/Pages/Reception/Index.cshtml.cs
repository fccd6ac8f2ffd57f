using CitizenVoice.Core.Attachments;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Reception;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using CitizenVoice.Web.Pages.Submissions;
using CitizenVoice.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Areas.Staff.Pages.Reception;

/// <summary>
/// The reception desk: an officer types while the citizen speaks. One plain multipart POST (works without
/// JavaScript); htmx only adds the earlier-visit lookup and the commune suggestions while typing.
/// </summary>
[RequestSizeLimit(SubmitModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = SubmitModel.MaxRequestBytes)]
public sealed class IndexModel(PlaceDirectory places, RecordReceptionVisit recordVisit, FindEarlierVisits findEarlier, UnitNameCache unitNames, TimeProvider clock) : PageModel
{
    public static readonly (SubmissionChannel Channel, string Label)[] Channels =
    [
        (SubmissionChannel.Reception, "Tiếp trực tiếp"),
        (SubmissionChannel.Letter, "Đơn thư gửi đến"),
        (SubmissionChannel.Hotline, "Đường dây nóng"),
    ];

    public ReceptionInput Input { get; private set; } = new();

    public FieldErrors Errors { get; private set; } = new(new ValidationErrors());

    public IReadOnlyList<Province> Provinces { get; private set; } = [];

    public IReadOnlyList<Commune>? CommuneSuggestions { get; private set; }

    public string UnitName { get; private set; } = "";

    public string OfficerName { get; private set; } = "";

    public bool HadAttachments { get; private set; }

    /// <summary>Earlier visits shown without JavaScript, after the search form is submitted.</summary>
    public EarlierVisitsModel? Earlier { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        var now = FormDates.ToVietnam(clock.GetUtcNow());
        Input.VisitDate = now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Input.VisitTime = now.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Input.ProvinceCode = ProvinceOf(HttpContext.StaffScope().UnitCode);
        if (!string.IsNullOrWhiteSpace(q))
        {
            Earlier = await SearchAsync(q, q, q, cancellationToken);
        }

        await LoadAsync(cancellationToken);
    }

    /// <summary>htmx: earlier visits of the person being typed in (first row's name, phone, ID number).</summary>
    public async Task<IActionResult> OnGetEarlierAsync(
        [FromQuery(Name = "People[0].FullName")] string? fullName,
        [FromQuery(Name = "People[0].Phone")] string? phone,
        [FromQuery(Name = "People[0].IdNumber")] string? idNumber,
        CancellationToken cancellationToken) =>
        Partial("_EarlierVisits", await SearchAsync(fullName, phone, idNumber, cancellationToken));

    /// <summary>Adds an empty row to the list of people (a group visit), keeping everything typed; nothing is stored.</summary>
    public async Task<IActionResult> OnPostAddPersonAsync(ReceptionInput input, CancellationToken cancellationToken)
    {
        Input = input;
        Input.IsGroup = true;
        Input.People.Add(new ReceptionInput.PersonRow());
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ReceptionInput input, List<IFormFile>? attachments, CancellationToken cancellationToken)
    {
        Input = input;
        var files = attachments ?? [];
        var errors = new ValidationErrors();
        var visitedAt = VisitedAt(errors);
        var result = await recordVisit.ExecuteAsync(HttpContext.StaffScope(), new RecordReceptionVisitRequest
        {
            Channel = DomainCodes.TryParseChannel(Input.Channel, out var channel) ? channel : SubmissionChannel.Online,
            VisitedAt = visitedAt,
            Kind = Input.Kind,
            Title = Input.Title,
            Content = Input.Content,
            ProvinceCode = Input.ProvinceCode,
            Commune = string.IsNullOrWhiteSpace(Input.CommuneCode) ? Input.Commune : Input.CommuneCode,
            ComplaintSubject = Input.ComplaintSubject,
            ComplaintLearnedOn = FormDates.ParseDate(Input.ComplaintLearnedOn),
            People = Input.People.Select(p => new ReceptionPersonInput(p.FullName, p.IdNumber, p.Phone, p.Address)).ToList(),
            RepresentativeIndex = Input.Representative,
            Email = Input.Email,
            IsGroup = Input.IsGroup,
            Headcount = int.TryParse(Input.Headcount, out var headcount) ? headcount : null,
            Documents = Input.Documents,
            Handling = Input.Handling,
            HandlingNote = Input.HandlingNote,
            ConsentGiven = Input.Consent,
            Attachments = files.Select(f => new AttachmentUpload(f.FileName, f.Length, f.OpenReadStream)).ToList(),
        }, cancellationToken);

        if (result.Succeeded)
        {
            return Redirect($"/staff/reception/receipt/{result.Visit!.Id}");
        }

        // An unreadable date or time reaches the use case as "missing"; the page's own message says what was wrong.
        foreach (var (field, messages) in result.Errors.ByField.Where(e => !(e.Key == "visitedAt" && !errors.IsEmpty)))
        {
            messages.ForEach(m => errors.Add(field == "visitedAt" ? "visitDate" : field, m));
        }

        AddFormatErrors(errors);
        Errors = new FieldErrors(errors);
        HadAttachments = files.Count > 0;
        await LoadAsync(cancellationToken);
        if (errors.Has("communeCode") && !string.IsNullOrWhiteSpace(Input.ProvinceCode) && !errors.Has("provinceCode"))
        {
            CommuneSuggestions = await places.SearchCommunesAsync(Input.ProvinceCode, VietnameseText.ToNfc(Input.Commune ?? ""), cancellationToken);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The id of the control an error key belongs to, for the summary's links.</summary>
    public static string FieldId(string key) => key switch
    {
        "kind" => "kind-kien-nghi",
        "communeCode" => "commune",
        "representative" => "representative-0",
        "people" => "people-0-fullName",
        _ => FieldErrors.IdOf(key),
    };

    private static string ProvinceOf(string unitCode)
    {
        var first = unitCode.Split(UnitCodes.Separator)[0];
        return first == UnitCodes.Central ? "" : first;
    }

    // The date and time inputs are two fields; an unreadable value is an error here, not a silent "now".
    private DateTimeOffset? VisitedAt(ValidationErrors errors)
    {
        var date = FormDates.ParseDate(Input.VisitDate);
        var time = FormDates.ParseTime(Input.VisitTime);
        if (date is null)
        {
            errors.Add("visitDate", "Vui lòng nhập ngày tiếp theo dạng ngày/tháng/năm.");
        }

        if (time is null)
        {
            errors.Add("visitTime", "Vui lòng nhập giờ tiếp theo dạng giờ:phút, ví dụ 08:30.");
        }

        return date is { } d && time is { } t ? FormDates.At(d, t) : null;
    }

    private void AddFormatErrors(ValidationErrors errors)
    {
        if (Input.Kind == "khieu-nai" && !string.IsNullOrWhiteSpace(Input.ComplaintLearnedOn) && FormDates.ParseDate(Input.ComplaintLearnedOn) is null
            && errors.Has("complaintLearnedOn"))
        {
            errors.ByField["complaintLearnedOn"][0] = "Ngày không đúng định dạng; vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.";
        }

        if (Input.IsGroup && !string.IsNullOrWhiteSpace(Input.Headcount) && !int.TryParse(Input.Headcount, out _) && errors.Has("headcount"))
        {
            errors.ByField["headcount"][0] = "Số người phải là một số nguyên, ví dụ 12.";
        }
    }

    private async Task<EarlierVisitsModel> SearchAsync(string? name, string? phone, string? idNumber, CancellationToken cancellationToken)
    {
        var visits = await findEarlier.ExecuteAsync(HttpContext.StaffScope(), name, phone, idNumber, cancellationToken);
        var searched = VietnameseText.Fold(name).Length >= FindEarlierVisits.MinNameLength || ContactRules.NormalizePhone(phone) is not null
            || ContactRules.NormalizeIdNumber(idNumber) is not null;
        return new EarlierVisitsModel(searched, visits);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        while (Input.People.Count < ReceptionInput.DefaultRows)
        {
            Input.People.Add(new ReceptionInput.PersonRow());
        }

        Provinces = await places.ProvincesAsync(cancellationToken);
        var scope = HttpContext.StaffScope();
        UnitName = await unitNames.NameAsync(scope.UnitCode, cancellationToken);
        OfficerName = scope.DisplayName;
    }
}
