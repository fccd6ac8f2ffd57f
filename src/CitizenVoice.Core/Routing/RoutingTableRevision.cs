namespace CitizenVoice.Core.Routing;

/// <summary>
/// One row counting edits of the routing table. Every node compares the number with the one it loaded and reloads
/// the table when it moved, so an edit reaches all nodes within their refresh period without a restart.
/// </summary>
public sealed class RoutingTableRevision
{
    public const int SingletonId = 1;

    public RoutingTableRevision(DateTimeOffset at)
    {
        Id = SingletonId;
        Number = 1;
        ChangedAt = at;
    }

    private RoutingTableRevision()
    {
    }

    public int Id { get; private set; }

    public long Number { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public void Bump(DateTimeOffset at)
    {
        Number++;
        ChangedAt = at;
    }
}
