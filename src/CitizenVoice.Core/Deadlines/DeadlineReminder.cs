namespace CitizenVoice.Core.Deadlines;

/// <summary>One reminder digest sent to one staff member for one day: the daily job skips whoever already has a row.</summary>
public sealed class DeadlineReminder
{
    public const int UserIdMaxLength = 450;

    public DeadlineReminder(string userId, DateOnly date, int itemCount, Guid outboxEmailId, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        UserId = userId;
        Date = date;
        ItemCount = itemCount;
        OutboxEmailId = outboxEmailId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public DateOnly Date { get; private set; }

    public int ItemCount { get; private set; }

    public Guid OutboxEmailId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
