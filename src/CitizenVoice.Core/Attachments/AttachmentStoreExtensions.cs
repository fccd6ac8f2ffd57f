namespace CitizenVoice.Core.Attachments;

public static class AttachmentStoreExtensions
{
    /// <summary>Undoes saves whose database commit failed. Not cancellable: a cancelled request must not leave orphaned bytes.</summary>
    public static async Task DeleteAllAsync(this IAttachmentStore store, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var key in keys)
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
    }
}
