using CitizenVoice.Core.Email;
using CitizenVoice.Core.SessionReports;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class ReportDispatchConfiguration : IEntityTypeConfiguration<ReportDispatch>
{
    public void Configure(EntityTypeBuilder<ReportDispatch> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<ReportVersion>().WithMany().HasForeignKey(d => d.ReportVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutboxEmail>().WithMany().HasForeignKey(d => d.OutboxEmailId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.OwnerUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(d => d.RecipientName).HasMaxLength(ReportRecipient.NameMaxLength);
        builder.Property(d => d.RecipientEmail).HasMaxLength(ReportRecipient.EmailMaxLength);
        builder.Property(d => d.SentByUserId).HasMaxLength(450);
        builder.Property(d => d.SentByName).HasMaxLength(ReportVersion.GeneratedByNameMaxLength);
        builder.HasIndex(d => new { d.SessionId, d.RecipientEmail });
        builder.HasIndex(d => d.ReportVersionId);
    }
}
