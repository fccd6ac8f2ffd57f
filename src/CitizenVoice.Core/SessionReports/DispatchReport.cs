using System.Globalization;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Core.Audit;
using CitizenVoice.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace CitizenVoice.Core.SessionReports;

/// <summary>
/// "Gửi báo cáo": emails a report version with its DOCX and XLSX to the chosen recipients through the outbox, records a
/// <see cref="ReportDispatch"/> per recipient and starts the agencies' answer clock for the version's items. The
/// outbox rows, attachments and dispatch rows commit together; <see cref="SendEmailJob"/> never sends a row twice.
/// </summary>
public sealed class DispatchReport(ICitizenVoiceDb db, IOutboxSignal outboxSignal, AuditLog audit, TimeProvider clock)
{
    public async Task<(DispatchOutcome Outcome, IReadOnlyList<string> AlreadySentTo)> ExecuteAsync(Guid sessionId, Guid versionId,
        IReadOnlyCollection<Guid> recipientIds, bool confirmResend, StaffScope actor, CancellationToken cancellationToken)
    {
        var version = await db.ReportVersions.FirstOrDefaultAsync(v => v.Id == versionId && v.SessionId == sessionId, cancellationToken);
        var session = version is null ? null : await Consolidation.ConsolidationAccess.FindSessionAsync(db, actor, sessionId, cancellationToken);
        if (version is null || session is null)
        {
            return (DispatchOutcome.NotFound, []);
        }

        if (!Consolidation.ConsolidationAccess.CanEdit(actor))
        {
            return (DispatchOutcome.Forbidden, []);
        }

        var recipients = await db.ReportRecipients.Where(r => r.SessionId == sessionId && recipientIds.Contains(r.Id)).ToListAsync(cancellationToken);
        if (recipients.Count == 0)
        {
            return (DispatchOutcome.NoRecipients, []);
        }

        var emails = recipients.Select(r => r.Email).ToList();
        var already = await db.ReportDispatches.Where(d => d.SessionId == sessionId && emails.Contains(d.RecipientEmail))
            .Select(d => d.RecipientName).Distinct().ToListAsync(cancellationToken);
        if (already.Count > 0 && !confirmResend)
        {
            return (DispatchOutcome.NeedsConfirmation, already);
        }

        var now = clock.GetUtcNow();
        var queued = new List<Guid>();
        foreach (var recipient in recipients)
        {
            var email = new OutboxEmail(recipient.Email, recipient.Name, $"{session.Title}: báo cáo tổng hợp ý kiến, kiến nghị của cử tri ({version.Reference})",
                Body(session.Title, version, recipient), now);
            db.OutboxEmails.Add(email);
            db.OutboxEmailAttachments.Add(new OutboxEmailAttachment(email.Id, version.FileName(".docx"), ReportVersion.DocxContentType, version.Docx));
            db.OutboxEmailAttachments.Add(new OutboxEmailAttachment(email.Id, version.FileName(".xlsx"), ReportVersion.XlsxContentType, version.Xlsx));
            db.ReportDispatches.Add(ReportDispatch.Record(version, recipient, email.Id, actor.UserId, actor.DisplayName, now));
            queued.Add(email.Id);
        }

        await MarkForwardedAsync(version, recipients, now, cancellationToken);
        audit.Add(actor, AuditActions.Export, nameof(ReportVersion), version.Id.ToString(),
            $"Gửi báo cáo phiên bản {version.Number} tới: {string.Join("; ", recipients.Select(r => $"{r.Name} <{r.Email}>"))}");
        await db.SaveChangesAsync(cancellationToken);
        foreach (var id in queued)
        {
            outboxSignal.EmailQueued(id);
        }

        return (DispatchOutcome.Queued, already);
    }

    // The report reaches the bodies the day it is sent; CT-ANSWER runs from that receipt (QĐ 33/2017/QĐ-TTg Art. 12).
    private async Task MarkForwardedAsync(ReportVersion version, IReadOnlyList<ReportRecipient> recipients, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = version.Snapshot();
        var sections = recipients.Select(r => r.ForLocalItems ? "C" : "B").ToHashSet(StringComparer.Ordinal);
        var ids = snapshot.Items.Where(i => sections.Contains(i.Section)).Select(i => i.ItemId).ToList();
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime);
        foreach (var item in await db.ConsolidatedItems.Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken))
        {
            item.MarkForwarded(today, now);
        }
    }

    private static string Body(string sessionTitle, ReportVersion version, ReportRecipient recipient) => string.Create(CultureInfo.InvariantCulture, $"""
        Kính gửi: {recipient.Name}

        Đính kèm thư này là báo cáo tổng hợp ý kiến, kiến nghị của cử tri {sessionTitle} ({version.Reference}, phiên bản {version.Number}) gồm {version.ItemCount} kiến nghị từ {version.OpinionCount} lượt ý kiến của cử tri, cùng phụ lục chi tiết (tệp Excel).

        Trân trọng.

        (Thư gửi tự động từ hệ thống CitizenVoice; vui lòng không trả lời thư này.)
        """);
}
