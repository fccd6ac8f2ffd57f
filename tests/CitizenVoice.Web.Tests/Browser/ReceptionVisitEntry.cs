namespace CitizenVoice.Web.Tests.Browser;

/// <summary>What an officer types for one visitor at the reception desk (a petition, handled by taking the letter in).</summary>
public sealed record ReceptionVisitEntry(
    string FullName, string IdNumber, string Phone, string Address, string Email, string Title, string Content,
    string CommuneQuery, string CommuneCode, string CommuneName, IReadOnlyList<string> Documents);
