using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Create (no <see cref="Id"/>) or edit a session. Dates as yyyy-MM-dd; commune only for a commune council.</summary>
public sealed record SaveSessionRequest(
    Guid? Id,
    int Version,
    string? Body,
    string? Term,
    string? Number,
    string? Title,
    string? OpensOn,
    string? ClosesOn,
    string? CommuneCode = null);

public sealed record SaveSessionResult(VoterMeetingOutcome Outcome, ValidationErrors Errors, Guid? SessionId = null);

/// <summary>Plans or edits a session of the reporting unit; its report deadlines follow from the dates.</summary>
public sealed class SaveSession(ICitizenVoiceDb db, PlaceDirectory places, AuditLog audit, TimeProvider clock)
{
    public const int MaxSessionDays = 60;

    public async Task<SaveSessionResult> ExecuteAsync(SaveSessionRequest request, StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!VoterMeetingAccess.CanEdit(actor))
        {
            return new SaveSessionResult(VoterMeetingOutcome.Forbidden, errors);
        }

        Session? session = null;
        if (request.Id is { } id)
        {
            session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null || !VoterMeetingAccess.CanSee(actor, session.OwnerUnitCode))
            {
                return new SaveSessionResult(VoterMeetingOutcome.NotFound, errors);
            }
        }

        if (!VoterMeetingCodes.TryParseBody(request.Body, out var body))
        {
            errors.Add("body", "Chọn cơ quan: Quốc hội, HĐND tỉnh hoặc HĐND xã.");
        }

        var term = TextField.Clean(request.Term, "term", "khóa", Session.TermMaxLength, errors, required: true)?.ToUpperInvariant();
        if (term is not null && !term.All(c => c is 'I' or 'V' or 'X' or 'L'))
        {
            errors.Add("term", "Khóa ghi bằng số La Mã, ví dụ XVI.");
        }

        if (!int.TryParse(request.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > Session.MaxNumber)
        {
            errors.Add("number", $"Kỳ họp thứ mấy: một số từ 1 đến {Session.MaxNumber}.");
        }

        var title = TextField.Clean(request.Title, "title", "tên kỳ họp", Session.TitleMaxLength, errors);
        var opensOn = ParseDate(request.OpensOn, "opensOn", "ngày khai mạc", errors);
        var closesOn = ParseDate(request.ClosesOn, "closesOn", "ngày bế mạc", errors);
        if (opensOn is { } o && closesOn is { } c && (c < o || c.DayNumber - o.DayNumber > MaxSessionDays))
        {
            errors.Add("closesOn", c < o ? "Ngày bế mạc không được trước ngày khai mạc." : $"Một kỳ họp không kéo dài quá {MaxSessionDays} ngày.");
        }

        var ownerUnit = session?.OwnerUnitCode ?? actor.UnitCode;
        var province = ProvinceOf(ownerUnit);
        string? bodyUnit = null;
        if (errors.IsEmpty || !errors.Has("body"))
        {
            bodyUnit = body switch
            {
                SessionBody.NationalAssembly => UnitCodes.Central,
                SessionBody.ProvincialCouncil when province is not null => UnitCodes.Province(province),
                SessionBody.CommuneCouncil when province is not null =>
                    await places.FindCommuneAsync(request.CommuneCode, cancellationToken) is { } commune && commune.ProvinceCode == province
                        ? UnitCodes.Commune(province, commune.Code)
                        : null,
                _ => null,
            };
            if (bodyUnit is null && !errors.Has("body"))
            {
                errors.Add(body == SessionBody.CommuneCouncil ? "communeCode" : "body", body == SessionBody.CommuneCouncil
                    ? "Chọn xã, phường của Hội đồng nhân dân (thuộc tỉnh của đơn vị)."
                    : "Đơn vị của bạn không thuộc tỉnh nào: chỉ theo dõi được kỳ họp Quốc hội.");
            }
        }

        if (!errors.IsEmpty)
        {
            return new SaveSessionResult(VoterMeetingOutcome.Invalid, errors);
        }

        var duplicate = await db.Sessions.AnyAsync(s => s.OwnerUnitCode == ownerUnit && s.Body == body && s.BodyUnitCode == bodyUnit
            && s.Term == term && s.Number == number && (session == null || s.Id != session.Id), cancellationToken);
        if (duplicate)
        {
            errors.Add("number", "Đơn vị đã có kỳ họp này.");
            return new SaveSessionResult(VoterMeetingOutcome.Invalid, errors);
        }

        var now = clock.GetUtcNow();
        if (session is null)
        {
            session = Session.Plan(body, term!, number, bodyUnit!, ownerUnit, title, opensOn!.Value, closesOn!.Value, actor.UserId, now);
            db.Sessions.Add(session);
            audit.Add(actor, AuditActions.SettingsChange, "session", session.Id.ToString(), "Tạo kỳ họp: " + session.Title);
        }
        else
        {
            if (session.Version != request.Version)
            {
                return new SaveSessionResult(VoterMeetingOutcome.Conflict, errors, session.Id);
            }

            session.Update(body, term!, number, bodyUnit!, title, opensOn!.Value, closesOn!.Value, now);
            audit.Add(actor, AuditActions.SettingsChange, "session", session.Id.ToString(), "Sửa kỳ họp: " + session.Title);
        }

        var saved = await db.TrySaveAsync(cancellationToken);
        return new SaveSessionResult(saved ? VoterMeetingOutcome.Saved : VoterMeetingOutcome.Conflict, errors, session.Id);
    }

    /// <summary>The province a unit code lies in ("01.VP-DBQH-HDND-T" → "01"), or null for central units.</summary>
    public static string? ProvinceOf(string unitCode)
    {
        var first = unitCode.Split(UnitCodes.Separator)[0];
        return first.Length == Province.CodeLength && first.All(char.IsAsciiDigit) ? first : null;
    }

    internal static DateOnly? ParseDate(string? raw, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            errors.Add(field, $"Vui lòng nhập {label}.");
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];
        if (DateOnly.TryParseExact(raw.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        errors.Add(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} không hợp lệ (ngày/tháng/năm).");
        return null;
    }
}
