using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>
/// "Các ý kiến tương tự đã được trả lời": answered items whose answer is published, ranked by TF-IDF cosine over folded
/// tokens (so "bao hiem xa hoi" finds "bảo hiểm xã hội"). The published set is small (hundreds to a few thousand), so it
/// is loaded and indexed in memory and refreshed every few minutes rather than queried per keystroke.
/// </summary>
public sealed class FindSimilarAnswers(ICitizenVoiceDb db, SimilarAnswerIndexCache cache, TimeProvider clock)
{
    public const int MaxResults = 5;
    public const double MinScore = 0.12;
    public const int MinQueryTokens = 3;

    public async Task<IReadOnlyList<AnsweredItem>> ExecuteAsync(string? text, CancellationToken cancellationToken)
    {
        var tokens = SimilarAnswerIndex.Tokens(text);
        if (tokens.Count < MinQueryTokens)
        {
            return [];
        }

        var index = await cache.GetAsync(() => LoadAsync(cancellationToken), clock.GetUtcNow());
        return index.Search(tokens, MaxResults, MinScore);
    }

    private async Task<SimilarAnswerIndex> LoadAsync(CancellationToken cancellationToken)
    {
        var answered = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Answered && s.IsAnswerPublished && s.Kind != SubmissionKind.Denunciation)
            .Select(s => new
            {
                s.Title,
                s.Content,
                Answer = s.History.Where(h => h.Status == SubmissionStatus.Answered).OrderByDescending(h => h.At).Select(h => new { h.PublicNote, h.At }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new SimilarAnswerIndex(answered
            .Where(a => a.Answer is not null)
            .Select(a => (new AnsweredItem(a.Title, a.Answer!.PublicNote, a.Answer.At, 0), a.Title + " " + a.Content + " " + a.Answer.PublicNote))
            .ToList());
    }
}
