using CitizenVoice.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class RoutingRuleEntryConfiguration : IEntityTypeConfiguration<RoutingRuleEntry>
{
    public void Configure(EntityTypeBuilder<RoutingRuleEntry> builder)
    {
        builder.ToTable("RoutingRules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(20).HasConversion<string>();
        builder.Property(r => r.TopicCode).HasMaxLength(40).IsUnicode(false);
        builder.Property(r => r.Level).HasMaxLength(20).IsUnicode(false);
        builder.Property(r => r.ProvinceCode).HasMaxLength(2).IsUnicode(false);
        builder.Property(r => r.Patterns).HasMaxLength(RoutingRuleEntry.PatternsMaxLength);
        builder.Property(r => r.AgencyCodes).HasMaxLength(RoutingRuleEntry.AgenciesMaxLength).IsUnicode(false);
        builder.Property(r => r.UpdatedByUserId).HasMaxLength(450);
        builder.Ignore(r => r.PatternList);
        builder.Ignore(r => r.AgencyList);
        builder.HasIndex(r => r.Position);
        builder.HasIndex(r => new { r.Kind, r.TopicCode, r.Level });
    }
}
