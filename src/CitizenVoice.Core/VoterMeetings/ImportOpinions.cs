using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>A problem of one row of an import file.</summary>
public sealed record OpinionImportError(int RowNumber, string Message);

public sealed record ImportOpinionsResult(
    VoterMeetingOutcome Outcome,
    IReadOnlyList<OpinionImportError> RowErrors,
    int Created = 0,
    int Duplicates = 0,
    int MeetingsCreated = 0,
    int MeetingsMatched = 0,
    Guid? BatchId = null);

/// <summary>
/// Imports the opinions of a session from rows of the template workbook. All or nothing: any invalid row refuses the
/// whole file with every row's errors. Meetings are matched or created by (date, commune); rows already stored (same
/// natural key) are skipped, so importing a file twice adds nothing. All new rows are classified in one batch.
/// </summary>
public sealed class ImportOpinions(ICitizenVoiceDb db, PlaceDirectory places, IRoutingClassifier classifier, AuditLog audit, TimeProvider clock)
{
    public async Task<ImportOpinionsResult> ExecuteAsync(Guid sessionId, IReadOnlyList<OpinionImportRow> rows, StaffScope actor,
        CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !VoterMeetingAccess.CanSee(actor, session.OwnerUnitCode))
        {
            return new ImportOpinionsResult(VoterMeetingOutcome.NotFound, []);
        }

        if (!VoterMeetingAccess.CanEdit(actor))
        {
            return new ImportOpinionsResult(VoterMeetingOutcome.Forbidden, []);
        }

        var dataRows = rows.Where(r => !r.IsBlank).ToList();
        if (dataRows.Count == 0)
        {
            return Refuse(new OpinionImportError(0, "Tệp không có dòng dữ liệu nào (dòng 1 là tiêu đề cột)."));
        }

        if (dataRows.Count > OpinionImportTemplate.MaxRows)
        {
            return Refuse(new OpinionImportError(0, $"Tệp có {dataRows.Count} dòng; mỗi lần nhập tối đa {OpinionImportTemplate.MaxRows} dòng."));
        }

        var existingMeetings = await db.VoterMeetings.Where(m => m.SessionId == session.Id).ToListAsync(cancellationToken);
        var parsed = new List<ParsedRow>();
        var errors = new List<OpinionImportError>();
        var placeOf = new Dictionary<(DateOnly, string), string>();
        foreach (var row in dataRows)
        {
            var parsedRow = await ParseAsync(row, session, errors, cancellationToken);
            if (parsedRow is null)
            {
                continue;
            }

            var key = (parsedRow.Date, parsedRow.Commune.Code);
            if (parsedRow.Place is { } place)
            {
                placeOf.TryAdd(key, place);
            }
            else if (!placeOf.ContainsKey(key) && !existingMeetings.Any(m => m.Date == parsedRow.Date && m.CommuneCode == parsedRow.Commune.Code))
            {
                errors.Add(new OpinionImportError(row.RowNumber,
                    $"Dòng {row.RowNumber}: cuộc tiếp xúc ngày {parsedRow.Date:dd/MM/yyyy} tại {parsedRow.Commune.FullName} chưa có; cần ghi địa điểm."));
                continue;
            }

            parsed.Add(parsedRow);
        }

        if (errors.Count > 0)
        {
            return new ImportOpinionsResult(VoterMeetingOutcome.Invalid, errors.OrderBy(e => e.RowNumber).ToList());
        }

        return await StoreAsync(session, parsed, existingMeetings, placeOf, actor, cancellationToken);
    }

    private async Task<ImportOpinionsResult> StoreAsync(Session session, List<ParsedRow> rows, List<VoterMeeting> existingMeetings,
        Dictionary<(DateOnly, string), string> placeOf, StaffScope actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var batchId = Guid.CreateVersion7(now);
        var meetings = new Dictionary<(DateOnly, string), VoterMeeting>();
        int created = 0, matched = 0;
        foreach (var group in rows.GroupBy(r => (r.Date, r.Commune.Code)))
        {
            var first = group.First();
            var existing = existingMeetings.FirstOrDefault(m => m.Date == group.Key.Date && m.CommuneCode == group.Key.Code);
            if (existing is not null)
            {
                existing.MarkHeld(group.Select(r => r.VotersAttending).FirstOrDefault(v => v is not null), now);
                meetings[group.Key] = existing;
                matched++;
                continue;
            }

            var phase = group.Key.Date < session.OpensOn ? MeetingPhase.BeforeSession : MeetingPhase.AfterSession;
            var details = new VoterMeetingDetails(phase, group.Key.Date, null, placeOf[group.Key], first.Commune.ProvinceCode, first.Commune.Code,
                SaveVoterMeeting.DefaultOrganiser(session, first.Commune.ProvinceCode, first.Commune.Code),
                group.Select(r => r.Deputies).FirstOrDefault(d => d.Count > 0) ?? [],
                group.Select(r => r.VotersAttending).FirstOrDefault(v => v is not null), null, VoterMeetingStatus.Held);
            var meeting = VoterMeeting.Plan(session, details, actor.UserId, now);
            db.VoterMeetings.Add(meeting);
            meetings[group.Key] = meeting;
            created++;
        }

        var candidates = rows.Select(r => VoterOpinion.Record(meetings[(r.Date, r.Commune.Code)], r.Text, actor.UserId, batchId, now)).ToList();
        var keys = candidates.Select(o => o.NaturalKey).Distinct().ToList();
        var stored = (await db.VoterOpinions.Where(o => o.SessionId == session.Id && keys.Contains(o.NaturalKey))
            .Select(o => o.NaturalKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var fresh = new List<VoterOpinion>();
        foreach (var opinion in candidates)
        {
            if (stored.Add(opinion.NaturalKey))
            {
                fresh.Add(opinion);
            }
        }

        var suggestions = classifier.SuggestAll(fresh.Select(o => o.Content).ToList());
        for (var i = 0; i < fresh.Count; i++)
        {
            fresh[i].ApplySuggestion(suggestions[i], now);
        }

        db.VoterOpinions.AddRange(fresh);
        audit.Add(actor, AuditActions.SettingsChange, "session", session.Id.ToString(),
            $"Nhập ý kiến cử tri từ tệp (lô {batchId}): {fresh.Count} ý kiến mới, {candidates.Count - fresh.Count} trùng bỏ qua, "
            + $"{created} cuộc tiếp xúc mới");
        await db.SaveChangesAsync(cancellationToken);
        return new ImportOpinionsResult(VoterMeetingOutcome.Saved, [], fresh.Count, candidates.Count - fresh.Count, created, matched,
            fresh.Count > 0 ? batchId : null);
    }

    private async Task<ParsedRow?> ParseAsync(OpinionImportRow row, Session session, List<OpinionImportError> errors,
        CancellationToken cancellationToken)
    {
        var fieldErrors = new ValidationErrors();
        var date = SaveSession.ParseDate(NormaliseDate(row.MeetingDate), "meetingDate", "ngày tiếp xúc", fieldErrors);
        var province = SaveSession.ProvinceOf(session.OwnerUnitCode);
        Commune? commune = null;
        if (string.IsNullOrWhiteSpace(row.Commune))
        {
            fieldErrors.Add("commune", "Vui lòng nhập xã, phường.");
        }
        else
        {
            commune = province is null
                ? await places.FindCommuneAsync(row.Commune.Trim(), cancellationToken)
                : await places.ResolveCommuneAsync(province, row.Commune, cancellationToken);
            if (commune is null)
            {
                fieldErrors.Add("commune", $"Không tìm thấy xã, phường \"{row.Commune.Trim()}\" thuộc tỉnh, thành phố của đơn vị (ghi mã 5 chữ số nếu tên trùng).");
            }
        }

        var place = TextField.Clean(row.Place, "place", "địa điểm", VoterMeeting.PlaceMaxLength, fieldErrors);
        var deputies = new List<string>();
        foreach (var name in SaveVoterMeeting.SplitDeputies(row.Deputies))
        {
            if (TextField.Clean(name, "deputies", "tên đại biểu", VoterMeeting.DeputyNameMaxLength, fieldErrors) is { } clean)
            {
                deputies.Add(clean);
            }
        }

        if (deputies.Count > VoterMeeting.MaxDeputies)
        {
            fieldErrors.Add("deputies", $"Tối đa {VoterMeeting.MaxDeputies} đại biểu.");
        }

        int? voters = null;
        if (!string.IsNullOrWhiteSpace(row.VotersAttending))
        {
            if (int.TryParse(row.VotersAttending.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= VoterMeeting.MaxVotersAttending)
            {
                voters = v;
            }
            else
            {
                fieldErrors.Add("votersAttending", "Số cử tri dự phải là số nguyên không âm.");
            }
        }

        var text = new OpinionInput(row.VoterName, null, row.Content, row.VoterCount).Validate(fieldErrors);
        foreach (var (_, messages) in fieldErrors.ByField)
        {
            errors.AddRange(messages.Select(m => new OpinionImportError(row.RowNumber, $"Dòng {row.RowNumber}: {m}")));
        }

        return fieldErrors.IsEmpty ? new ParsedRow(date!.Value, commune!, place, deputies, voters, text!) : null;
    }

    // Spreadsheet dates arrive as "2026-12-15" (cell value of a date cell read by the reader) or as typed text.
    private static string? NormaliseDate(string? raw) =>
        raw is not null && raw.Length > 10 && raw[10] is 'T' or ' ' ? raw[..10] : raw;

    private static ImportOpinionsResult Refuse(OpinionImportError error) => new(VoterMeetingOutcome.Invalid, [error]);

    private sealed record ParsedRow(DateOnly Date, Commune Commune, string? Place, IReadOnlyList<string> Deputies, int? VotersAttending,
        OpinionText Text);
}
