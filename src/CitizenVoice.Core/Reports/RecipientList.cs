namespace CitizenVoice.Core.Reports;

/// <summary>The "Nơi nhận:" block: one item per recipient, then "Lưu: VT, …" with the archive note.</summary>
/// <param name="Archive">What follows "Lưu:", e.g. "VT, ĐĐBQH".</param>
public sealed record RecipientList(IReadOnlyList<string> Items, string Archive);
