namespace CitizenVoice.Web.Attachments;

/// <summary>Bound from `Attachments`. The folder must not be under wwwroot; relative paths are under the content root.</summary>
public sealed class AttachmentStoreOptions
{
    public const string SectionName = "Attachments";

    public string Path { get; set; } = "App_Data/attachments";
}
