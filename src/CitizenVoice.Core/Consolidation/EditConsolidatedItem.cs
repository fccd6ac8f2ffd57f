using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Routing;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;

namespace CitizenVoice.Core.Consolidation;

/// <param name="AgencyUnitCode">The concrete local body ("01.SXD"); only for local competence, within the delegation's province.</param>
public sealed record EditConsolidatedItemRequest(string? Summary, string? TopicCode, string? CompetenceLevel, string? AgencyCode, string? AgencyUnitCode);

/// <summary>Staff edit the summary and the routing of a compiled item.</summary>
public sealed class EditConsolidatedItem(ICitizenVoiceDb db, TopicCatalog topics, AgencyCatalog agencies, TimeProvider clock)
{
    public async Task<ConsolidationResult> ExecuteAsync(Guid sessionId, Guid itemId, int version, EditConsolidatedItemRequest request, StaffScope actor,
        CancellationToken cancellationToken)
    {
        var item = await ItemAccess.FindAsync(db, actor, sessionId, itemId, cancellationToken);
        if (item is null)
        {
            return ConsolidationResult.NotFound();
        }

        if (!ConsolidationAccess.CanEdit(actor))
        {
            return ConsolidationResult.Forbidden();
        }

        var errors = new ValidationErrors();
        var summary = TextField.Clean(request.Summary, "summary", "nội dung kiến nghị", ConsolidatedItem.SummaryMaxLength, errors, required: true,
            multiline: true, minLength: ConsolidatedItem.SummaryMinLength);
        var topic = string.IsNullOrWhiteSpace(request.TopicCode) ? null : request.TopicCode.Trim();
        if (topic is not null && topics.Find(topic) is null)
        {
            errors.Add("topicCode", "Lĩnh vực không có trong danh mục.");
        }

        var level = request.CompetenceLevel?.Trim();
        if (!CompetenceLevels.IsValid(level))
        {
            errors.Add("competenceLevel", "Chọn thẩm quyền: trung ương, cấp tỉnh hoặc cấp xã.");
        }

        var agencyCode = string.IsNullOrWhiteSpace(request.AgencyCode) ? null : request.AgencyCode.Trim();
        var agency = agencyCode is null ? null : agencies.Find(agencyCode);
        if (agencyCode is not null && agency is null)
        {
            errors.Add("agencyCode", "Cơ quan không có trong danh mục.");
        }
        else if (agency is not null && CompetenceLevels.IsValid(level) && agency.Level != level)
        {
            errors.Add("agencyCode", $"{agency.Name} không thuộc thẩm quyền {CompetenceLevels.Label(level).ToLowerInvariant()}.");
        }

        var unitCode = string.IsNullOrWhiteSpace(request.AgencyUnitCode) ? null : request.AgencyUnitCode.Trim();
        var province = item.OwnerUnitCode.Split(UnitCodes.Separator)[0];
        if (unitCode is not null && CompetenceLevels.IsLocal(level)
            && (!UnitCodes.IsWithin(unitCode, UnitCodes.Province(province)) || unitCode.Length > UnitCodes.MaxLength))
        {
            errors.Add("agencyUnitCode", $"Mã đơn vị phải thuộc tỉnh, thành phố của Đoàn (bắt đầu bằng \"{province}.\").");
        }

        if (!errors.IsEmpty)
        {
            return new ConsolidationResult(VoterMeetingOutcome.Invalid, errors, item);
        }

        if (item.Version != version)
        {
            return ConsolidationResult.Conflict("Kiến nghị vừa được người khác thay đổi. Vui lòng tải lại trang để xem bản mới nhất.");
        }

        item.Edit(summary!, topic, level!, agencyCode, unitCode, clock.GetUtcNow());
        return await OpinionLinks.TrySaveAsync(db, cancellationToken)
            ? new ConsolidationResult(VoterMeetingOutcome.Saved, errors, item)
            : ConsolidationResult.Conflict("Kiến nghị vừa được người khác thay đổi. Vui lòng tải lại trang để xem bản mới nhất.");
    }
}
