using CitizenVoice.Core.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(Province.CodeLength);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Type).HasMaxLength(20);
        builder.Property(p => p.SearchKey).HasMaxLength(100);
        builder.Ignore(p => p.ShortName);
    }
}
