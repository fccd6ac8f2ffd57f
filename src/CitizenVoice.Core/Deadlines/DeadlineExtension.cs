namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// A written extension decision (quyết định gia hạn): the law lets a limit be lengthened only by a document that is
/// notified to the parties, so its number and date travel with the days it adds. Days are in the rule's own unit.
/// </summary>
public sealed record DeadlineExtension(string DocumentNumber, DateOnly DecidedOn, int Days);
