using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class CitizenVoiceUserConfiguration : IEntityTypeConfiguration<CitizenVoiceUser>
{
    public void Configure(EntityTypeBuilder<CitizenVoiceUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(CitizenVoiceUser.FullNameMaxLength);
        builder.Property(u => u.UnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.HasIndex(u => u.UnitCode);
    }
}
