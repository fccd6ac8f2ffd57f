namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// A note on an opinion by anyone who may read it, deputies included (they comment but do not edit): e.g. "Đã trả
/// lời tại hội nghị, cần Sở Xây dựng trả lời bằng văn bản". Append-only, like minutes.
/// </summary>
public sealed class OpinionComment
{
    public const int TextMaxLength = 1000;
    public const int AuthorNameMaxLength = 120;

    private OpinionComment()
    {
    }

    public OpinionComment(Guid opinionId, string authorUserId, string authorName, string text, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        OpinionId = opinionId;
        AuthorUserId = authorUserId;
        AuthorName = authorName.Length > AuthorNameMaxLength ? authorName[..AuthorNameMaxLength] : authorName;
        Text = text;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid OpinionId { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    /// <summary>The author's name as it was when writing, so the note reads the same after a rename.</summary>
    public string AuthorName { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
