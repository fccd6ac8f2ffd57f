using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Opens, closes and recomputes a submission's statutory clocks as it moves through the workflow. The clocks a status
/// starts come from <see cref="ApplicableDeadlines"/>; a clock ends when the step it times is done. The caller saves.
/// </summary>
public sealed class SubmissionClocks(ICitizenVoiceDb db, IHolidayCalendarProvider holidays, PlaceCatalog places, IOptions<DeadlineOptions> options)
{
    /// <summary>Rules that time the decision on a letter (classify, accept, first processing): any decision ends them.</summary>
    private static readonly HashSet<string> DecisionRules = new(StringComparer.Ordinal)
    {
        DeadlineRules.LetterProcessing, DeadlineRules.FirstComplaintAcceptance, DeadlineRules.SecondComplaintAcceptance,
        DeadlineRules.DenunciationInitialProcessing, DeadlineRules.DenunciationForwarding,
    };

    public async Task<DeadlineCalculator> CalculatorAsync(CancellationToken cancellationToken) =>
        new(await holidays.GetCalendarAsync(cancellationToken), options.Value);

    /// <summary>The item's clocks, open ones first; tracked, so changes are saved with the caller's unit of work.</summary>
    public async Task<List<SubmissionDeadline>> LoadAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var local = db.SubmissionDeadlines.Local.Where(d => d.SubmissionId == submissionId).ToList();
        var stored = await db.SubmissionDeadlines.Where(d => d.SubmissionId == submissionId).ToListAsync(cancellationToken);
        return local.Union(stored).OrderBy(d => d.CompletedAt is not null).ThenBy(d => d.DueDate).ToList();
    }

    /// <summary>Whether entering <paramref name="entered"/> completes the step that <paramref name="ruleId"/> times.</summary>
    public static bool Finishes(string ruleId, SubmissionStatus entered) => DecisionRules.Contains(ruleId)
        ? entered is SubmissionStatus.Accepted or SubmissionStatus.Forwarded or SubmissionStatus.Guided or SubmissionStatus.Answered or SubmissionStatus.Archived
        : entered is SubmissionStatus.Answered or SubmissionStatus.Archived or SubmissionStatus.Guided;

    /// <summary>Closes what the new status completes and opens what it starts (dated the day of the step, Vietnam time).</summary>
    public async Task OnStatusEnteredAsync(Submission submission, SubmissionStatus entered, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var clocks = await LoadAsync(submission.Id, cancellationToken);
        foreach (var clock in clocks.Where(c => c.IsOpen && Finishes(c.RuleId, entered)))
        {
            clock.Complete(at);
        }

        foreach (var clock in await NewClocksAsync(submission, entered, at, clocks, cancellationToken))
        {
            db.SubmissionDeadlines.Add(clock);
            clocks.Add(clock);
        }

        UpdateNextDue(submission, clocks);
    }

    /// <summary>
    /// The clocks a new submission starts with, for the caller to store in the intake's one commit. A matter settled
    /// at the reception desk (guided, answered on the spot) has its clocks completed at once.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionDeadline>> OpenOnReceiptAsync(Submission submission, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var clocks = await NewClocksAsync(submission, SubmissionStatus.Received, at, [], cancellationToken);
        foreach (var clock in clocks.Where(c => c.IsOpen && Finishes(c.RuleId, submission.Status)))
        {
            clock.Complete(submission.UpdatedAt);
        }

        UpdateNextDue(submission, clocks);
        return clocks;
    }

    private async Task<List<SubmissionDeadline>> NewClocksAsync(
        Submission submission, SubmissionStatus entered, DateTimeOffset at, List<SubmissionDeadline> existing, CancellationToken cancellationToken)
    {
        var rules = ApplicableDeadlines.For(submission.Kind, entered).Where(r => !existing.Any(c => c.IsOpen && c.RuleId == r)).ToList();
        if (rules.Count == 0)
        {
            return [];
        }

        var calculator = await CalculatorAsync(cancellationToken);
        var factors = await FactorsAsync(submission, [], cancellationToken);
        var start = VietnamTime.DateOf(at);
        return rules.Select(rule => new SubmissionDeadline(submission.Id, calculator.Compute(rule, start, factors), factors, at)).ToList();
    }

    /// <summary>
    /// After staff corrected the item's kind (<see cref="Submission.Kind"/> already holds the new one): the running
    /// clocks the new kind has no rule for are cancelled, the ones both kinds share (XLD) run on unchanged, and the new
    /// kind's clocks are opened as if the item had been of that kind from the start: receipt clocks from the date of
    /// receipt, acceptance clocks from the date of acceptance, and already completed when a later step did what they
    /// time (a complaint accepted as a recommendation has met KN1-ACCEPT on the day it was accepted).
    /// </summary>
    public async Task OnKindChangedAsync(Submission submission, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var clocks = await LoadAsync(submission.Id, cancellationToken);
        var steps = await db.SubmissionStatusChanges.Where(h => h.SubmissionId == submission.Id)
            .OrderBy(h => h.At).Select(h => new { h.Status, h.At }).ToListAsync(cancellationToken);
        var starts = new List<(SubmissionStatus Status, DateTimeOffset At)> { (SubmissionStatus.Received, submission.ReceivedAt) };
        if (steps.FirstOrDefault(h => h.Status == SubmissionStatus.Accepted) is { } accepted)
        {
            starts.Add((SubmissionStatus.Accepted, accepted.At));
        }

        var wanted = starts.SelectMany(s => ApplicableDeadlines.For(submission.Kind, s.Status).Select(rule => (Rule: rule, StartedAt: s.At))).ToList();
        var reason = "Đơn được xác định lại là " + submission.Kind.Label().ToLowerInvariant() + "; thời hạn này không áp dụng.";
        foreach (var clock in clocks.Where(c => c.IsOpen && !wanted.Any(w => w.Rule == c.RuleId)))
        {
            clock.Cancel(at, reason);
        }

        var missing = wanted.Where(w => !clocks.Any(c => c.RuleId == w.Rule && !c.IsCancelled)).ToList();
        if (missing.Count > 0)
        {
            var calculator = await CalculatorAsync(cancellationToken);
            var factors = await FactorsAsync(submission, [], cancellationToken);
            foreach (var (rule, startedAt) in missing)
            {
                var clock = new SubmissionDeadline(submission.Id, calculator.Compute(rule, VietnamTime.DateOf(startedAt), factors), factors, at);
                if (steps.FirstOrDefault(h => h.At > startedAt && Finishes(rule, h.Status)) is { } done)
                {
                    clock.Complete(done.At);
                }

                db.SubmissionDeadlines.Add(clock);
                clocks.Add(clock);
            }
        }

        UpdateNextDue(submission, clocks);
    }

    /// <summary>After a complexity decision or a change of the commune's remote flag: every open clock is computed again.</summary>
    public async Task RecomputeAsync(Submission submission, CancellationToken cancellationToken)
    {
        var clocks = await LoadAsync(submission.Id, cancellationToken);
        var calculator = await CalculatorAsync(cancellationToken);
        foreach (var clock in clocks.Where(c => c.IsOpen))
        {
            var factors = await FactorsAsync(submission, clock.Extensions, cancellationToken);
            var rule = calculator.Rule(clock.RuleId);
            if (rule.ExtensionError(factors) is not null)
            {
                // A case found ordinary again may no longer carry its extensions: keep the decisions the rule still allows.
                factors = factors with { Extensions = clock.Extensions.Take(rule.Extensions?.MaxCount(factors.Complexity) ?? 0).ToList() };
            }

            clock.Recompute(factors, calculator.Compute(clock.RuleId, clock.StartDate, factors));
        }

        UpdateNextDue(submission, clocks);
    }

    /// <summary>Adds an extension decision to an open clock; returns the Vietnamese reason when the rule does not allow it.</summary>
    public async Task<(SubmissionDeadline? Clock, string? Error)> ExtendAsync(Submission submission, Guid deadlineId, DeadlineExtension extension, CancellationToken cancellationToken)
    {
        var clocks = await LoadAsync(submission.Id, cancellationToken);
        var clock = clocks.FirstOrDefault(c => c.Id == deadlineId && c.IsOpen);
        if (clock is null)
        {
            return (null, "Không tìm thấy thời hạn đang chạy này.");
        }

        var calculator = await CalculatorAsync(cancellationToken);
        var rule = calculator.Rule(clock.RuleId);
        var factors = await FactorsAsync(submission, [.. clock.Extensions, extension], cancellationToken);
        if (rule.Extensions is not { } policy)
        {
            return (null, $"Thời hạn \"{rule.Label}\" không được gia hạn.");
        }

        if (rule.ExtensionError(factors) is not null)
        {
            var most = policy.MaxCount(factors.Complexity);
            return (null, most == 0
                ? $"Thời hạn \"{rule.Label}\" chỉ được gia hạn khi vụ việc được xác định là phức tạp ({policy.Description})."
                : $"Gia hạn không hợp lệ: {policy.Description}.");
        }

        clock.Recompute(factors, calculator.Compute(clock.RuleId, clock.StartDate, factors));
        UpdateNextDue(submission, clocks);
        return (clock, null);
    }

    private async Task<DeadlineFactors> FactorsAsync(Submission submission, IReadOnlyList<DeadlineExtension> extensions, CancellationToken cancellationToken)
    {
        var map = await places.GetAsync(cancellationToken);
        var remote = map.CommunesByCode.TryGetValue(submission.CommuneCode, out var commune) && commune.IsRemoteArea;
        return new DeadlineFactors { Complexity = submission.Complexity, IsRemoteArea = remote, Extensions = extensions };
    }

    private static void UpdateNextDue(Submission submission, List<SubmissionDeadline> clocks) =>
        submission.SetNextDue(clocks.Where(c => c.IsOpen).Select(c => (DateOnly?)c.DueDate).Min());
}
