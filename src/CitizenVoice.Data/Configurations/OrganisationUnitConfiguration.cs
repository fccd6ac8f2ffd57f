using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.HasKey(u => u.Code);
        builder.Property(u => u.Code).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(u => u.ParentCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(u => u.Name).HasMaxLength(OrganisationUnit.NameMaxLength);
        builder.Property(u => u.SearchKey).HasMaxLength(OrganisationUnit.NameMaxLength);
        builder.Property(u => u.Level).HasMaxLength(20).HasConversion<string>();
        builder.Property(u => u.AgencyCode).HasMaxLength(20).IsUnicode(false);
        builder.Property(u => u.ProvinceCode).HasMaxLength(2).IsUnicode(false);
        builder.Property(u => u.CommuneCode).HasMaxLength(5).IsUnicode(false);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.ParentCode);
        builder.HasIndex(u => new { u.ProvinceCode, u.AgencyCode });
    }
}
