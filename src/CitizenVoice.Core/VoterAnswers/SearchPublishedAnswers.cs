using CitizenVoice.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterAnswers;

/// <summary>
/// The portal's "Trả lời cử tri": published answers, newest first, filtered by words of the query; the folded search
/// text lets "bao hiem y te" find "bảo hiểm y tế".
/// </summary>
public sealed class SearchPublishedAnswers(ICitizenVoiceDb db)
{
    public const int PageSize = 20;
    public const int MaxQueryWords = 8;

    public async Task<(IReadOnlyList<PublishedAnswer> Answers, int Total)> ExecuteAsync(string? query, int page, CancellationToken cancellationToken)
    {
        var items = db.ConsolidatedItems.AsNoTracking().Where(i => i.IsAnswerPublished);
        foreach (var word in VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2).Take(MaxQueryWords))
        {
            items = items.Where(i => i.SearchText.Contains(word));
        }

        var total = await items.CountAsync(cancellationToken);
        var answers = await items
            .OrderByDescending(i => i.AnswerDate).ThenByDescending(i => i.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .Join(db.Sessions, i => i.SessionId, s => s.Id, (i, s) => new PublishedAnswer(i.Id, s.Title, i.Summary, i.AnswerAgencyName!, i.AnswerDocumentNumber, i.AnswerDate, i.AnswerText!))
            .ToListAsync(cancellationToken);
        return (answers, total);
    }
}
