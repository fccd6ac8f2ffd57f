using CitizenVoice.Core.Submissions;

namespace CitizenVoice.Core.Reception;

/// <summary>
/// A line of the reception book (sổ tiếp công dân, TT 04/2021/TT-TTCP): who came to which unit when, how many, what
/// they handed over and what the officer did. What they said becomes a <see cref="Submission"/> like any other.
/// </summary>
public sealed class ReceptionVisit
{
    public const int MaxPeople = 30;
    public const int MaxHeadcount = 2000;

    /// <summary>NĐ 64/2014/NĐ-CP Art. 6: five or more people on the same matter come as a group (đoàn đông người) and send representatives.</summary>
    public const int GroupMinHeadcount = 5;

    public const int DocumentsMaxLength = 3000;
    public const int DocumentLineMaxLength = 300;
    public const int HandlingNoteMaxLength = 2000;

    private readonly List<ReceptionVisitPerson> _people = [];

    private ReceptionVisit()
    {
        UnitCode = OfficerUserId = OfficerName = Documents = "";
    }

    public ReceptionVisit(
        string unitCode, DateTimeOffset visitedAt, DateTimeOffset recordedAt, string officerUserId, string officerName,
        SubmissionChannel channel, bool isGroup, int headcount, IEnumerable<string> documents,
        ReceptionHandling handling, string? handlingNote, Guid submissionId, IEnumerable<ReceptionVisitPerson> people)
    {
        Id = Guid.CreateVersion7(recordedAt);
        UnitCode = unitCode;
        VisitedAt = visitedAt;
        RecordedAt = recordedAt;
        OfficerUserId = officerUserId;
        OfficerName = officerName;
        Channel = channel;
        IsGroup = isGroup;
        Headcount = headcount;
        Documents = string.Join('\n', documents);
        Handling = handling;
        HandlingNote = handlingNote;
        SubmissionId = submissionId;
        _people.AddRange(people);
        if (_people.Count == 0 || _people.Count(p => p.IsRepresentative) != 1)
        {
            throw new ArgumentException("A visit has at least one person and exactly one representative.", nameof(people));
        }

        if (headcount < _people.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(headcount), "The headcount cannot be below the people listed.");
        }
    }

    public Guid Id { get; private set; }

    /// <summary>The receiving unit: the officer's.</summary>
    public string UnitCode { get; private set; }

    public DateTimeOffset VisitedAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string OfficerUserId { get; private set; }

    /// <summary>As at the time, so the book reads right after the account changes.</summary>
    public string OfficerName { get; private set; }

    /// <summary>Reception (in person), Letter or Hotline.</summary>
    public SubmissionChannel Channel { get; private set; }

    public bool IsGroup { get; private set; }

    /// <summary>Everyone who came, listed or not.</summary>
    public int Headcount { get; private set; }

    /// <summary>Documents handed over, one per line.</summary>
    public string Documents { get; private set; }

    public ReceptionHandling Handling { get; private set; }

    public string? HandlingNote { get; private set; }

    public Guid SubmissionId { get; private set; }

    public IReadOnlyList<ReceptionVisitPerson> People => _people;

    public ReceptionVisitPerson Representative => _people.Single(p => p.IsRepresentative);

    public IReadOnlyList<string> DocumentLines => Documents.Length == 0 ? [] : Documents.Split('\n');
}
