using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class RoutingTableRevisionConfiguration : IEntityTypeConfiguration<RoutingTableRevision>
{
    public void Configure(EntityTypeBuilder<RoutingTableRevision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        // Two administrators saving at once: the second save fails instead of losing a bump.
        builder.Property(r => r.Number).IsConcurrencyToken();
    }
}
