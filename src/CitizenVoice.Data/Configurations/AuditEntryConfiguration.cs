using CitizenVoice.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActorUserId).HasMaxLength(450);
        builder.Property(a => a.ActorName).HasMaxLength(CitizenVoiceUser.FullNameMaxLength);
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsUnicode(false);
        builder.Property(a => a.SubjectType).HasMaxLength(AuditEntry.SubjectMaxLength).IsUnicode(false);
        builder.Property(a => a.SubjectId).HasMaxLength(AuditEntry.SubjectMaxLength);
        builder.Property(a => a.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        builder.Property(a => a.IpAddress).HasMaxLength(45).IsUnicode(false);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.ActorUserId, a.At });
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }
}
