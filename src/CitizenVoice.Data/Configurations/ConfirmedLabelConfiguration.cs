using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class ConfirmedLabelConfiguration : IEntityTypeConfiguration<ConfirmedLabel>
{
    public void Configure(EntityTypeBuilder<ConfirmedLabel> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.SourceType).HasMaxLength(20).IsUnicode(false);
        builder.Property(l => l.Text).HasMaxLength(ConfirmedLabel.TextMaxLength);
        builder.Property(l => l.TopicCode).HasMaxLength(40).IsUnicode(false);
        builder.Property(l => l.Level).HasMaxLength(20).IsUnicode(false);
        builder.Property(l => l.AgencyCode).HasMaxLength(20).IsUnicode(false);
        builder.Property(l => l.ConfirmedByUserId).HasMaxLength(450);
        builder.HasIndex(l => new { l.SourceType, l.SourceId });
        builder.HasIndex(l => l.At);
    }
}
