using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Common;
using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Reports;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.SessionReports;

/// <summary>
/// "Tạo báo cáo": builds the model from the compiled items, writes the DOCX report and the XLSX appendix, and stores
/// them as the next immutable <see cref="ReportVersion"/> of the session.
/// </summary>
public sealed class GenerateSessionReport(
    ICitizenVoiceDb db,
    BuildVoterPetitionReport build,
    IEnumerable<IReportWriter<VoterPetitionReport>> writers,
    AuditLog audit,
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions HashJson = new(JsonSerializerDefaults.General);

    public async Task<GenerateReportResult> ExecuteAsync(Guid sessionId, ReportSettings input, StaffScope actor, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var errors = new ValidationErrors();
        var session = await ConsolidationAccess.FindSessionAsync(db, actor, sessionId, cancellationToken);
        if (session is null)
        {
            return new GenerateReportResult(VoterMeetingOutcome.NotFound, errors);
        }

        if (!ConsolidationAccess.CanEdit(actor))
        {
            return new GenerateReportResult(VoterMeetingOutcome.Forbidden, errors);
        }

        var settings = Clean(input, errors);
        if (settings is null)
        {
            return new GenerateReportResult(VoterMeetingOutcome.Invalid, errors);
        }

        var model = await build.ExecuteAsync(session, settings, cancellationToken);
        if (model.Snapshot.Items.Count == 0)
        {
            errors.Add("", "Chưa có kiến nghị tổng hợp nào: hãy gộp các ý kiến thành kiến nghị trước khi tạo báo cáo.");
            return new GenerateReportResult(VoterMeetingOutcome.Invalid, errors);
        }

        var docx = await WriteAsync(".docx", model.Report, cancellationToken);
        var xlsx = await WriteAsync(".xlsx", model.Report, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(model.Report, HashJson))));
        var last = await db.ReportVersions.Where(v => v.SessionId == session.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var now = clock.GetUtcNow();
        var version = ReportVersion.Store(session.Id, session.OwnerUnitCode, last + 1, actor.UserId, actor.DisplayName, now, hash,
            settings.Reference, settings.ToJson(), model.Snapshot, docx, xlsx);
        db.ReportVersions.Add(version);
        audit.Add(actor, AuditActions.Export, nameof(ReportVersion), version.Id.ToString(),
            $"Tạo báo cáo tổng hợp kiến nghị cử tri, phiên bản {version.Number} ({version.ItemCount} kiến nghị, {version.OpinionCount} lượt ý kiến)");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two compilers generated at the same moment: the unique (session, number) index kept one.
            db.DiscardChanges();
            errors.Add("", "Một phiên bản báo cáo khác vừa được tạo cùng lúc. Vui lòng thử lại.");
            return new GenerateReportResult(VoterMeetingOutcome.Conflict, errors);
        }

        return new GenerateReportResult(VoterMeetingOutcome.Saved, errors, version, model, Stopwatch.GetElapsedTime(started));
    }

    private async Task<byte[]> WriteAsync(string extension, VoterPetitionReport report, CancellationToken cancellationToken)
    {
        var writer = writers.FirstOrDefault(w => w.FileExtension == extension)
            ?? throw new InvalidOperationException($"No {extension} writer for the session report is registered (AddReports).");
        using var stream = new MemoryStream();
        await writer.WriteAsync(report, stream, cancellationToken);
        return stream.ToArray();
    }

    private static ReportSettings? Clean(ReportSettings s, ValidationErrors errors)
    {
        string? Line(string? value, string field, string label, bool required = true) =>
            TextField.Clean(value, field, label, ReportSettings.LineMaxLength, errors, required);
        string Text(string? value, string field, string label) =>
            TextField.Clean(value, field, label, ReportSettings.TextMaxLength, errors, multiline: true) ?? "";

        if (s.Number is < 1 or > 99_999)
        {
            errors.Add("number", "Số văn bản phải từ 1 đến 99999, hoặc để trống để điền khi đăng ký.");
        }

        var cleaned = new ReportSettings(
            Line(s.ParentBody, "parentBody", "cơ quan chủ quản", required: false),
            TextField.Clean(s.IssuingBody, "issuingBody", "cơ quan ban hành", ReportSettings.LineMaxLength, errors, required: true, multiline: true) ?? "",
            s.Number,
            Line(s.IssuerCode, "issuerCode", "ký hiệu cơ quan ban hành") ?? "",
            Line(s.Place, "place", "địa danh") ?? "",
            s.Date,
            Line(s.Subject, "subject", "trích yếu") ?? "",
            Text(s.Preamble, "preamble", "phần mở đầu"),
            Line(s.Organisers, "organisers", "đơn vị tổ chức tiếp xúc") ?? "",
            Text(s.Remarks, "remarks", "nhận xét về các cuộc tiếp xúc"),
            Text(s.GeneralOpinions, "generalOpinions", "ý kiến chung của cử tri"),
            Text(s.Proposals, "proposals", "đề xuất, kiến nghị"),
            Line(s.SignerAuthority, "signerAuthority", "thẩm quyền ký", required: false),
            Line(s.SignerPosition, "signerPosition", "chức vụ người ký") ?? "",
            Line(s.SignerName, "signerName", "họ tên người ký") ?? "",
            Text(s.Recipients, "recipients", "nơi nhận"),
            Line(s.Archive, "archive", "nơi lưu") ?? "");
        return errors.IsEmpty ? cleaned : null;
    }
}
