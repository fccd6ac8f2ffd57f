using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.Submissions;

/// <summary>
/// The model of the forwarding slip (phiếu chuyển đơn) of a forwarded item, for the DOCX writer. A denunciation's slip
/// carries no sender at all: identity goes to the competent body only through a protected channel (NOTES section 4).
/// The export is audited.
/// </summary>
public sealed class BuildForwardingSlip(ICitizenVoiceDb db, PlaceCatalog places, AuditLog audit, TimeProvider clock)
{
    public const int SummaryMaxLength = 600;

    /// <summary>Null when the item is not visible to the actor or was not forwarded.</summary>
    public async Task<ForwardingSlip?> ExecuteAsync(Guid submissionId, StaffScope actor, CancellationToken cancellationToken)
    {
        var s = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == submissionId, cancellationToken);
        if (s is null || !actor.CanSee(s.OwnerUnitCode, s.AssignedUnitCode) || s.AssignedUnitCode is null || s.ForwardedByUnitCode is null)
        {
            return null;
        }

        var codes = new[] { s.AssignedUnitCode, s.ForwardedByUnitCode };
        var names = await db.OrganisationUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        var from = names.GetValueOrDefault(s.ForwardedByUnitCode, s.ForwardedByUnitCode);
        var to = names.GetValueOrDefault(s.AssignedUnitCode, s.AssignedUnitCode);
        var map = await places.GetAsync(cancellationToken);
        var province = map.ProvincesByCode.GetValueOrDefault(s.ProvinceCode);
        var commune = map.CommunesByCode.GetValueOrDefault(s.CommuneCode);
        var place = province?.Name.Replace("Thành phố ", "", StringComparison.Ordinal).Replace("Tỉnh ", "", StringComparison.Ordinal) ?? "";
        var concealed = s.IsIdentityConfidential;
        var address = concealed ? null : string.Join(", ", new[] { s.Address, commune?.FullName, province?.Name }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var summary = s.Title + ": " + s.Content;
        if (summary.Length > SummaryMaxLength)
        {
            summary = summary[..(SummaryMaxLength - 1)] + "…";
        }

        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var slip = new ForwardingSlip(
            new DocumentHeader(null, from.ToUpper(vi), null, "PC", "VP", place, VietnamTime.Today(clock)),
            to,
            from,
            s.Kind,
            concealed ? null : s.Submitter.FullName,
            string.IsNullOrEmpty(address) ? null : address,
            null,
            VietnamTime.DateOf(s.ReceivedAt),
            summary,
            concealed ? from : from + " và người có đơn",
            new SignatureBlock(null, "NGƯỜI XỬ LÝ ĐƠN", actor.DisplayName),
            new RecipientList(concealed ? ["Như trên"] : ["Như trên", "Người có đơn (để biết)"], "VT, " + "VP"));
        await audit.RecordAsync(actor, AuditActions.Export, "submission", s.Id.ToString(), "Tải phiếu chuyển đơn (DOCX)", cancellationToken);
        return slip;
    }
}
