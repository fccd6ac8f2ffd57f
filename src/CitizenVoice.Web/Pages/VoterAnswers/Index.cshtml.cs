using CitizenVoice.Core.VoterAnswers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CitizenVoice.Web.Pages.VoterAnswers;

/// <summary>"Trả lời cử tri": published answers of agencies to compiled voter petitions, searchable with or without diacritics.</summary>
public sealed class IndexModel(SearchPublishedAnswers search) : PageModel
{
    public const int QueryMaxLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PublishedAnswer> Answers { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + SearchPublishedAnswers.PageSize - 1) / SearchPublishedAnswers.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Query?.Length > QueryMaxLength)
        {
            Query = Query[..QueryMaxLength];
        }

        PageNumber = Math.Max(1, PageNumber);
        (Answers, Total) = await search.ExecuteAsync(Query, PageNumber, cancellationToken);
    }
}
