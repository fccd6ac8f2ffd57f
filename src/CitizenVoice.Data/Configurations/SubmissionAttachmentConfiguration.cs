using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class SubmissionAttachmentConfiguration : IEntityTypeConfiguration<SubmissionAttachment>
{
    public void Configure(EntityTypeBuilder<SubmissionAttachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        // Rows from before answer documents are the submitters' own files.
        builder.Property(a => a.Kind).HasMaxLength(20).IsUnicode(false).HasConversion<string>().HasDefaultValue(SubmissionAttachmentKind.Submitted);
        builder.Property(a => a.FileName).HasMaxLength(SubmissionAttachment.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.StorageKey).HasMaxLength(100).IsUnicode(false);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(a => a.SubmissionId);
    }
}
