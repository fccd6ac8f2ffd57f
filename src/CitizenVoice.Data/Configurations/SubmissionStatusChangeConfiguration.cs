using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class SubmissionStatusChangeConfiguration : IEntityTypeConfiguration<SubmissionStatusChange>
{
    public void Configure(EntityTypeBuilder<SubmissionStatusChange> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Status).HasMaxLength(20).HasConversion(v => v.Code(), v => DomainCodes.ParseStatus(v));
        builder.Property(h => h.PublicNote).HasMaxLength(SubmissionStatusChange.NoteMaxLength);
        builder.Property(h => h.ActorUserId).HasMaxLength(450);
        builder.HasIndex(h => new { h.SubmissionId, h.At });
    }
}
