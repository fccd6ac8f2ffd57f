using System.Linq.Expressions;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Reception;

/// <summary>
/// "Has this person been here before?": desk visits of the officer's unit whose people match the typed name (with or
/// without diacritics), phone or ID number, and items the officer may see that were filed with that phone or ID.
/// Denunciations are left out: that a person denounced someone is itself the secret (Luật Tố cáo 2018 Art. 4, 47).
/// </summary>
public sealed class FindEarlierVisits(ICitizenVoiceDb db, AuditLog audit)
{
    public const int MaxResults = 20;
    public const int MinNameLength = 3;

    public async Task<IReadOnlyList<EarlierVisit>> ExecuteAsync(StaffScope scope, string? name, string? phone, string? idNumber, CancellationToken cancellationToken)
    {
        var nameKey = VietnameseText.Fold(name);
        string? nameFilter = nameKey.Length >= MinNameLength ? nameKey : null;
        var phoneFilter = ContactRules.NormalizePhone(phone);
        var idFilter = ContactRules.NormalizeIdNumber(idNumber);
        if (nameFilter is null && phoneFilter is null && idFilter is null)
        {
            return [];
        }

        Expression<Func<ReceptionVisitPerson, bool>> matches = p =>
            (nameFilter != null && p.NameKey.Contains(nameFilter)) || (phoneFilter != null && p.Phone == phoneFilter) || (idFilter != null && p.IdNumber == idFilter);
        var visible = db.Submissions.AsNoTracking().VisibleTo(scope).Where(s => s.Kind != SubmissionKind.Denunciation);
        var unit = scope.UnitCode;
        var prefix = scope.IsAdministrator ? scope.SubtreePrefix : "\u0000";
        var visits = db.ReceptionVisits.AsNoTracking()
            .Where(v => v.UnitCode == unit || v.UnitCode.StartsWith(prefix))
            .Where(v => v.People.AsQueryable().Any(matches));

        var fromDesk = await (
                from v in visits
                join s in visible on v.SubmissionId equals s.Id
                orderby v.VisitedAt descending
                select new EarlierVisit(v.VisitedAt, v.People.AsQueryable().Where(matches).Select(p => p.FullName).FirstOrDefault(), v.Channel,
                    v.Handling, v.Headcount, s.Id, s.TrackingCode, s.Title, s.Kind, s.Status))
            .Take(MaxResults)
            .ToListAsync(cancellationToken);

        var otherwise = new List<EarlierVisit>();
        if (phoneFilter is not null || idFilter is not null)
        {
            var deskIds = fromDesk.Select(v => v.SubmissionId).ToList();
            otherwise = await visible
                .Where(s => (phoneFilter != null && s.Submitter.Phone == phoneFilter) || (idFilter != null && s.Submitter.IdNumber == idFilter))
                .Where(s => !deskIds.Contains(s.Id) && !db.ReceptionVisits.Any(v => v.SubmissionId == s.Id))
                .OrderByDescending(s => s.ReceivedAt)
                .Take(MaxResults)
                .Select(s => new EarlierVisit(s.ReceivedAt, s.Submitter.FullName, s.Channel, null, 1, s.Id, s.TrackingCode, s.Title, s.Kind, s.Status))
                .ToListAsync(cancellationToken);
        }

        var all = fromDesk.Concat(otherwise).OrderByDescending(v => v.At).Take(MaxResults).ToList();
        if (all.Count > 0)
        {
            // The list ties a person to their matters: personal data, so who looked is recorded.
            await audit.RecordAsync(scope, AuditActions.ViewContact, "reception-search", null,
                $"Tìm lượt tiếp trước: {all.Count} kết quả", cancellationToken);
        }

        return all;
    }
}
