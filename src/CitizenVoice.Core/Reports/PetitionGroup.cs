namespace CitizenVoice.Core.Reports;

/// <summary>Items of one field and the agency answering them: "Lĩnh vực giao thông, xây dựng (Bộ Xây dựng)".</summary>
public sealed record PetitionGroup(string Title, IReadOnlyList<ConsolidatedItem> Items);
