namespace CitizenVoice.Web.Areas.Staff.Pages.Sessions.Consolidation;

/// <summary>One field of the report form (_ReportField): label, value, its error, and a textarea when Rows &gt; 1.</summary>
public sealed record ReportFieldView(string Name, string Label, string? Value, string? Error, int Rows = 1, string? Hint = null, string Type = "text");
