using CitizenVoice.Core.Places;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class VoterOpinionConfiguration : IEntityTypeConfiguration<VoterOpinion>
{
    public void Configure(EntityTypeBuilder<VoterOpinion> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasOne<Session>().WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VoterMeeting>().WithMany().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Channel).HasMaxLength(20).IsUnicode(false)
            .HasConversion(v => v.Code(), v => VoterMeetingCodes.ParseChannel(v));
        builder.Property(o => o.OwnerUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(o => o.ProvinceCode).HasMaxLength(Province.CodeLength);
        builder.Property(o => o.CommuneCode).HasMaxLength(Commune.CodeLength);
        builder.HasOne<Province>().WithMany().HasForeignKey(o => o.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(o => o.CommuneCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.VoterName).HasMaxLength(VoterOpinion.VoterNameMaxLength);
        builder.Property(o => o.VoterPlace).HasMaxLength(VoterOpinion.VoterPlaceMaxLength);
        builder.Property(o => o.Content).HasMaxLength(VoterOpinion.ContentMaxLength);
        builder.Property(o => o.SearchText).HasMaxLength(VoterOpinion.ContentMaxLength);
        builder.Property(o => o.OnTheSpotAnswer).HasMaxLength(VoterOpinion.OnTheSpotAnswerMaxLength);
        builder.Property(o => o.TopicCode).HasMaxLength(40).IsUnicode(false);
        builder.Property(o => o.CompetenceLevel).HasMaxLength(20).IsUnicode(false);
        builder.Property(o => o.AgencyCode).HasMaxLength(20).IsUnicode(false);
        builder.Property(o => o.RoutingStatus).HasMaxLength(20).HasConversion<string>();
        builder.Property(o => o.RoutingConfirmedByUserId).HasMaxLength(450);
        builder.Property(o => o.ContactEmail).HasMaxLength(VoterOpinion.ContactEmailMaxLength);
        builder.Property(o => o.ConsentVersion).HasMaxLength(20);
        builder.Property(o => o.CreatedByUserId).HasMaxLength(450);
        builder.Property(o => o.NaturalKey).HasMaxLength(VoterOpinion.NaturalKeyLength).IsUnicode(false);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.SessionId, o.NaturalKey }).IsUnique();
        builder.HasIndex(o => new { o.MeetingId, o.CreatedAt });
        builder.HasIndex(o => new { o.OwnerUnitCode, o.CreatedAt });
        builder.HasIndex(o => o.ImportBatchId);
        builder.HasIndex(o => o.ConsolidatedItemId);
        builder.HasIndex(o => new { o.TopicCode, o.CreatedAt });
    }
}
