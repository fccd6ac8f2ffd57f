using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CitizenVoice.Core.VoterMeetings;

/// <summary>What a citizen sends on the portal for an upcoming session. Raw strings; the use case validates them.</summary>
public sealed record SendOnlineOpinionRequest(
    Guid? SessionId,
    string? VoterName,
    string? ProvinceCode,
    string? Commune,
    string? Content,
    string? Email,
    bool Consent);

public sealed record SendOnlineOpinionResult(bool Accepted, ValidationErrors Errors, VoterOpinion? Opinion = null);

/// <summary>
/// Receives a voter opinion through the portal for a session that has not opened yet; it joins the opinions of the
/// session's reporting unit and is classified like those raised at meetings. The same opinion sent twice is kept once.
/// </summary>
public sealed class SendOnlineOpinion(ICitizenVoiceDb db, PlaceDirectory places, IRoutingClassifier classifier,
    IOptions<PortalOptions> portal, TimeProvider clock)
{
    public async Task<SendOnlineOpinionResult> ExecuteAsync(SendOnlineOpinionRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var session = request.SessionId is { } id
            ? await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;
        if (session is null || !session.IsUpcoming(today))
        {
            errors.Add("sessionId", "Chọn một kỳ họp sắp diễn ra.");
        }

        var name = TextField.Clean(request.VoterName, "voterName", "họ tên", VoterOpinion.VoterNameMaxLength, errors);
        var content = TextField.Clean(request.Content, "content", "nội dung ý kiến", VoterOpinion.ContentMaxLength, errors,
            required: true, multiline: true, minLength: VoterOpinion.ContentMinLength);
        string? email = null;
        if (!string.IsNullOrWhiteSpace(request.Email))
        {
            email = ContactRules.NormalizeEmail(request.Email);
            if (email is null || email.Length > VoterOpinion.ContactEmailMaxLength)
            {
                errors.Add("email", "Địa chỉ email không hợp lệ.");
            }
        }

        Commune? commune = null;
        if (await places.FindProvinceAsync(request.ProvinceCode, cancellationToken) is null)
        {
            errors.Add("provinceCode", "Chọn tỉnh, thành phố.");
        }
        else
        {
            commune = await places.ResolveCommuneAsync(request.ProvinceCode!, request.Commune, cancellationToken);
            if (commune is null)
            {
                errors.Add("communeCode", "Chọn xã, phường trong danh sách gợi ý.");
            }
            else if (session is not null && SaveSession.ProvinceOf(session.OwnerUnitCode) is { } province && province != commune.ProvinceCode)
            {
                errors.Add("communeCode", "Kỳ họp đã chọn nhận ý kiến của cử tri tỉnh, thành phố khác.");
            }
        }

        if (!request.Consent)
        {
            errors.Add("consent", "Vui lòng đọc thông báo xử lý dữ liệu cá nhân và đánh dấu đồng ý để gửi ý kiến.");
        }

        if (!errors.IsEmpty)
        {
            return new SendOnlineOpinionResult(false, errors);
        }

        var opinion = VoterOpinion.ReceiveOnline(session!, commune!.ProvinceCode, commune.Code, name, content!, email,
            portal.Value.PrivacyNoticeVersion, now);
        var existing = await db.VoterOpinions.AsNoTracking()
            .FirstOrDefaultAsync(o => o.SessionId == opinion.SessionId && o.NaturalKey == opinion.NaturalKey, cancellationToken);
        if (existing is not null)
        {
            return new SendOnlineOpinionResult(true, errors, existing);
        }

        opinion.ApplySuggestion(classifier.Suggest(opinion.Content), now);
        db.VoterOpinions.Add(opinion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.DiscardChanges();
            return new SendOnlineOpinionResult(true, errors,
                await db.VoterOpinions.AsNoTracking().FirstAsync(o => o.SessionId == opinion.SessionId && o.NaturalKey == opinion.NaturalKey, cancellationToken));
        }

        return new SendOnlineOpinionResult(true, errors, opinion);
    }
}
