using CitizenVoice.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class OutboxEmailAttachmentConfiguration : IEntityTypeConfiguration<OutboxEmailAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxEmailAttachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<OutboxEmail>().WithMany().HasForeignKey(a => a.OutboxEmailId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.FileName).HasMaxLength(OutboxEmailAttachment.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(OutboxEmailAttachment.ContentTypeMaxLength).IsUnicode(false);
        builder.HasIndex(a => a.OutboxEmailId);
    }
}
