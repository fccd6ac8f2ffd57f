namespace CitizenVoice.Core.Submissions.Inbox;

/// <summary>The inbox's filters as they come from the query string (codes, not enums), so pages and the API bind it alike.</summary>
public sealed record InboxFilter
{
    public const int PageSize = 50;
    public const int QueryMaxLength = 200;

    /// <summary>Routing filter value for the manual triage queue (<c>RoutingStatus.NeedsTriage</c>).</summary>
    public const string RoutingNeedsTriage = "can-phan-loai";

    /// <summary>Routing filter value for items with no topic yet.</summary>
    public const string RoutingUnclassified = "chua-phan-loai";

    public const string RoutingSuggested = "da-goi-y";
    public const string RoutingConfirmed = "da-xac-nhan";

    public const string DeadlineOverdue = "qua-han";
    public const string DeadlineDueSoon = "sap-den-han";
    public const string DeadlineOnTime = "trong-han";

    public const string SortNewest = "moi-nhat";
    public const string SortOldest = "cu-nhat";
    public const string SortDue = "han-xu-ly";

    public string? Kind { get; init; }

    public string? Channel { get; init; }

    public string? Topic { get; init; }

    public string? Status { get; init; }

    public string? Routing { get; init; }

    public string? Province { get; init; }

    public string? Commune { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Deadline { get; init; }

    public bool Mine { get; init; }

    /// <summary>The unit responsible now: the assigned unit when there is one, else the owner (links from the deadline overview).</summary>
    public string? Unit { get; init; }

    /// <summary>Words of the title or content (with or without diacritics), or a tracking code.</summary>
    public string? Q { get; init; }

    public string? Sort { get; init; }

    public int Page { get; init; } = 1;
}
