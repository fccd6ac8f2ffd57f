using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class RoutingModelVersionConfiguration : IEntityTypeConfiguration<RoutingModelVersion>
{
    public void Configure(EntityTypeBuilder<RoutingModelVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => v.Version).IsUnique();
        builder.HasIndex(v => v.Status);
        builder.Property(v => v.Status).HasMaxLength(20).HasConversion<string>();
        builder.Property(v => v.DataSha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(v => v.MetricsJson).HasMaxLength(RoutingModelVersion.MetricsMaxLength);
        builder.Property(v => v.Location).HasMaxLength(RoutingModelVersion.LocationMaxLength);
        builder.Property(v => v.Decision).HasMaxLength(RoutingModelVersion.DecisionMaxLength);
        builder.Property(v => v.TriggeredByUserId).HasMaxLength(450);
        builder.Property(v => v.TriggeredByName).HasMaxLength(200);
    }
}
