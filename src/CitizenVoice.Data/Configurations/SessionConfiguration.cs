using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Body).HasMaxLength(20).IsUnicode(false)
            .HasConversion(v => v.Code(), v => VoterMeetingCodes.ParseBody(v));
        builder.Property(s => s.Term).HasMaxLength(Session.TermMaxLength).IsUnicode(false);
        builder.Property(s => s.Title).HasMaxLength(Session.TitleMaxLength);
        builder.Property(s => s.BodyUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(s => s.OwnerUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(s => s.CreatedByUserId).HasMaxLength(450);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.OwnerUnitCode, s.Body, s.BodyUnitCode, s.Term, s.Number }).IsUnique();
        builder.HasIndex(s => s.OpensOn);
        builder.Ignore(s => s.PreSessionReportDueOn);
        builder.Ignore(s => s.PostSessionReportDueOn);
    }
}
