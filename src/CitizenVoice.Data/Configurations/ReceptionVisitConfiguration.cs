using CitizenVoice.Core.Reception;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class ReceptionVisitConfiguration : IEntityTypeConfiguration<ReceptionVisit>
{
    public void Configure(EntityTypeBuilder<ReceptionVisit> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.UnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(v => v.OfficerUserId).HasMaxLength(450);
        builder.Property(v => v.OfficerName).HasMaxLength(CitizenVoiceUser.FullNameMaxLength);
        builder.Property(v => v.Channel).HasMaxLength(20).HasConversion(v => v.Code(), v => DomainCodes.ParseChannel(v));
        builder.Property(v => v.Handling).HasMaxLength(20).HasConversion(v => v.Code(), v => ReceptionCodes.Parse(v));
        builder.Property(v => v.HandlingNote).HasMaxLength(ReceptionVisit.HandlingNoteMaxLength);
        builder.Property(v => v.Documents).HasMaxLength(ReceptionVisit.DocumentsMaxLength);
        builder.HasOne<Submission>().WithMany().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.SubmissionId).IsUnique();
        builder.HasIndex(v => new { v.UnitCode, v.VisitedAt });
        builder.HasMany(v => v.People).WithOne().HasForeignKey(p => p.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.People).HasField("_people").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(v => v.Representative);
        builder.Ignore(v => v.DocumentLines);
    }
}
