namespace CitizenVoice.Core.Attachments;

/// <summary>Stores attachment bytes outside the web root (local disk by default). Keys are opaque and never derived from file names.</summary>
public interface IAttachmentStore
{
    /// <summary>Stores the stream and returns its new key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens stored bytes for reading; throws <see cref="FileNotFoundException"/> for an unknown key.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes stored bytes; used to undo a save whose database commit failed. Unknown keys are ignored.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
