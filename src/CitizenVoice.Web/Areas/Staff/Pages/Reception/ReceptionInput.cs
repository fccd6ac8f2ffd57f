namespace CitizenVoice.Web.Areas.Staff.Pages.Reception;

/// <summary>The desk form as posted. Field names match the use case's error keys (camelCase), so errors land on their field.</summary>
public sealed class ReceptionInput
{
    /// <summary>Rows shown for a single visitor; a group adds rows with "Thêm người".</summary>
    public const int DefaultRows = 1;

    public string? Channel { get; set; } = "tiep-cong-dan";

    /// <summary>yyyy-MM-dd (Vietnam time).</summary>
    public string? VisitDate { get; set; }

    /// <summary>HH:mm (Vietnam time).</summary>
    public string? VisitTime { get; set; }

    public string? Kind { get; set; } = "kien-nghi";

    public string? Title { get; set; }

    public string? Content { get; set; }

    public string? ProvinceCode { get; set; }

    public string? Commune { get; set; }

    public string? CommuneCode { get; set; }

    public string? ComplaintSubject { get; set; }

    public string? ComplaintLearnedOn { get; set; }

    public List<PersonRow> People { get; set; } = [];

    public int Representative { get; set; }

    public string? Email { get; set; }

    public bool IsGroup { get; set; }

    public string? Headcount { get; set; }

    public string? Documents { get; set; }

    public string? Handling { get; set; } = "tiep-nhan-don";

    public string? HandlingNote { get; set; }

    public bool Consent { get; set; }

    public sealed class PersonRow
    {
        public string? FullName { get; set; }

        public string? IdNumber { get; set; }

        public string? Phone { get; set; }

        public string? Address { get; set; }
    }
}
