using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>Create (no <see cref="Id"/>) or edit a voter meeting of a session. Deputies: one name per line or separated by ";".</summary>
public sealed record SaveVoterMeetingRequest(
    Guid SessionId,
    Guid? Id,
    int Version,
    string? Phase,
    string? Date,
    string? StartTime,
    string? Place,
    string? CommuneCode,
    string? OrganisingUnitCode,
    string? Deputies,
    string? VotersAttending,
    string? AnnouncedContent,
    string? Status);

public sealed record SaveVoterMeetingResult(VoterMeetingOutcome Outcome, ValidationErrors Errors, Guid? MeetingId = null);

/// <summary>Plans or edits a voter meeting; the commune must lie in the session's province.</summary>
public sealed class SaveVoterMeeting(ICitizenVoiceDb db, PlaceDirectory places, UnitDirectory units, AuditLog audit, TimeProvider clock)
{
    public async Task<SaveVoterMeetingResult> ExecuteAsync(SaveVoterMeetingRequest request, StaffScope actor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!VoterMeetingAccess.CanEdit(actor))
        {
            return new SaveVoterMeetingResult(VoterMeetingOutcome.Forbidden, errors);
        }

        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == request.SessionId, cancellationToken);
        if (session is null || !VoterMeetingAccess.CanSee(actor, session.OwnerUnitCode))
        {
            return new SaveVoterMeetingResult(VoterMeetingOutcome.NotFound, errors);
        }

        VoterMeeting? meeting = null;
        if (request.Id is { } id)
        {
            meeting = await db.VoterMeetings.FirstOrDefaultAsync(m => m.Id == id && m.SessionId == session.Id, cancellationToken);
            if (meeting is null)
            {
                return new SaveVoterMeetingResult(VoterMeetingOutcome.NotFound, errors);
            }
        }

        var details = await ValidateAsync(request, session, errors, cancellationToken);
        if (details is null)
        {
            return new SaveVoterMeetingResult(VoterMeetingOutcome.Invalid, errors);
        }

        var now = clock.GetUtcNow();
        if (meeting is null)
        {
            meeting = VoterMeeting.Plan(session, details, actor.UserId, now);
            db.VoterMeetings.Add(meeting);
        }
        else
        {
            if (meeting.Version != request.Version)
            {
                return new SaveVoterMeetingResult(VoterMeetingOutcome.Conflict, errors, meeting.Id);
            }

            meeting.Update(details, now);
        }

        audit.Add(actor, AuditActions.SettingsChange, "voter-meeting", meeting.Id.ToString(),
            $"{(request.Id is null ? "Tạo" : "Sửa")} cuộc tiếp xúc cử tri ngày {details.Date:dd/MM/yyyy} tại {details.Place}");
        var saved = await db.TrySaveAsync(cancellationToken);
        return new SaveVoterMeetingResult(saved ? VoterMeetingOutcome.Saved : VoterMeetingOutcome.Conflict, errors, meeting.Id);
    }

    /// <summary>The organiser by default: the province's NA delegation, or the standing board of the People's Council.</summary>
    public static string DefaultOrganiser(Session session, string provinceCode, string communeCode) => session.Body switch
    {
        SessionBody.NationalAssembly => UnitCodes.ProvinceBody(provinceCode, "DDBQH-T"),
        SessionBody.ProvincialCouncil => UnitCodes.ProvinceBody(provinceCode, "HDND-T"),
        _ => UnitCodes.CommuneBody(provinceCode, communeCode, "HDND-X"),
    };

    public static IReadOnlyList<string> SplitDeputies(string? raw) =>
        string.IsNullOrWhiteSpace(raw)
            ? []
            : raw.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task<VoterMeetingDetails?> ValidateAsync(SaveVoterMeetingRequest request, Session session, ValidationErrors errors,
        CancellationToken cancellationToken)
    {
        if (!VoterMeetingCodes.TryParsePhase(request.Phase, out var phase))
        {
            errors.Add("phase", "Chọn trước hoặc sau kỳ họp.");
        }

        if (!VoterMeetingCodes.TryParseStatus(request.Status ?? VoterMeetingStatus.Planned.Code(), out var status))
        {
            errors.Add("status", "Trạng thái không hợp lệ.");
        }

        var date = SaveSession.ParseDate(request.Date, "date", "ngày tiếp xúc", errors);
        TimeOnly? startTime = null;
        if (!string.IsNullOrWhiteSpace(request.StartTime))
        {
            if (TimeOnly.TryParseExact(request.StartTime.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var time))
            {
                startTime = time;
            }
            else
            {
                errors.Add("startTime", "Giờ bắt đầu không hợp lệ (giờ:phút, ví dụ 08:00).");
            }
        }

        var place = TextField.Clean(request.Place, "place", "địa điểm", VoterMeeting.PlaceMaxLength, errors, required: true);
        var province = SaveSession.ProvinceOf(session.OwnerUnitCode);
        var commune = await places.FindCommuneAsync(request.CommuneCode?.Trim(), cancellationToken);
        if (commune is null)
        {
            errors.Add("communeCode", "Chọn xã, phường nơi tiếp xúc cử tri.");
        }
        else if (province is not null && commune.ProvinceCode != province)
        {
            errors.Add("communeCode", "Xã, phường phải thuộc tỉnh, thành phố của đơn vị.");
        }

        var deputies = new List<string>();
        foreach (var (name, i) in SplitDeputies(request.Deputies).Select((n, i) => (n, i)))
        {
            if (TextField.Clean(name, "deputies", $"tên đại biểu thứ {i + 1}", VoterMeeting.DeputyNameMaxLength, errors) is { } clean)
            {
                deputies.Add(clean);
            }
        }

        if (deputies.Count > VoterMeeting.MaxDeputies)
        {
            errors.Add("deputies", $"Tối đa {VoterMeeting.MaxDeputies} đại biểu.");
        }

        int? voters = null;
        if (!string.IsNullOrWhiteSpace(request.VotersAttending))
        {
            if (int.TryParse(request.VotersAttending.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && count <= VoterMeeting.MaxVotersAttending)
            {
                voters = count;
            }
            else
            {
                errors.Add("votersAttending", "Số cử tri tham dự phải là số nguyên không âm.");
            }
        }

        var announced = TextField.Clean(request.AnnouncedContent, "announcedContent", "nội dung thông báo",
            VoterMeeting.AnnouncedContentMaxLength, errors, multiline: true);

        string? organiser = null;
        if (commune is not null)
        {
            organiser = string.IsNullOrWhiteSpace(request.OrganisingUnitCode)
                ? DefaultOrganiser(session, commune.ProvinceCode, commune.Code)
                : request.OrganisingUnitCode.Trim();
            if (await units.EnsureAsync(organiser, cancellationToken) is null)
            {
                errors.Add("organisingUnitCode", "Đơn vị tổ chức không có trong danh mục.");
            }
        }

        return errors.IsEmpty
            ? new VoterMeetingDetails(phase, date!.Value, startTime, place!, commune!.ProvinceCode, commune.Code, organiser!, deputies,
                voters, announced, status)
            : null;
    }
}
