using CitizenVoice.Core.Places;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class VoterMeetingConfiguration : IEntityTypeConfiguration<VoterMeeting>
{
    public void Configure(EntityTypeBuilder<VoterMeeting> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Session>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Phase).HasMaxLength(20).IsUnicode(false)
            .HasConversion(v => v.Code(), v => VoterMeetingCodes.ParsePhase(v));
        builder.Property(m => m.Status).HasMaxLength(20).IsUnicode(false)
            .HasConversion(v => v.Code(), v => VoterMeetingCodes.ParseStatus(v));
        builder.Property(m => m.Place).HasMaxLength(VoterMeeting.PlaceMaxLength);
        builder.Property(m => m.AnnouncedContent).HasMaxLength(VoterMeeting.AnnouncedContentMaxLength);
        builder.Property(m => m.ProvinceCode).HasMaxLength(Province.CodeLength);
        builder.Property(m => m.CommuneCode).HasMaxLength(Commune.CodeLength);
        builder.HasOne<Province>().WithMany().HasForeignKey(m => m.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(m => m.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.OrganisingUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(m => m.OwnerUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.PrimitiveCollection(m => m.Deputies).HasField("_deputies").UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasMaxLength((VoterMeeting.DeputyNameMaxLength + 4) * VoterMeeting.MaxDeputies);
        builder.Property(m => m.CreatedByUserId).HasMaxLength(450);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.SessionId, m.Date });
        builder.HasIndex(m => new { m.SessionId, m.Date, m.CommuneCode });
        builder.HasIndex(m => new { m.OwnerUnitCode, m.Date });
        builder.HasIndex(m => new { m.IsPublished, m.Date });
    }
}
