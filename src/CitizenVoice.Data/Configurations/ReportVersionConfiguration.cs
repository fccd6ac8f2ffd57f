using CitizenVoice.Core.SessionReports;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<Session>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.OwnerUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(v => v.GeneratedByUserId).HasMaxLength(450);
        builder.Property(v => v.GeneratedByName).HasMaxLength(ReportVersion.GeneratedByNameMaxLength);
        builder.Property(v => v.InputHash).HasMaxLength(ReportVersion.HashLength).IsUnicode(false);
        builder.Property(v => v.Reference).HasMaxLength(100);
        builder.HasIndex(v => new { v.SessionId, v.Number }).IsUnique();
    }
}
