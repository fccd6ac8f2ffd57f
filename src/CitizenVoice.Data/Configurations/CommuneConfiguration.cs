using CitizenVoice.Core.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(Commune.CodeLength);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.FullName).HasMaxLength(120);
        builder.Property(c => c.Type).HasMaxLength(20);
        builder.Property(c => c.ProvinceCode).HasMaxLength(Province.CodeLength);
        builder.Property(c => c.SearchKey).HasMaxLength(120);
        builder.HasOne<Province>().WithMany().HasForeignKey(c => c.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ProvinceCode, c.SearchKey });
    }
}
