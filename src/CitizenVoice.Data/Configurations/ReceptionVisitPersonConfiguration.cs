using CitizenVoice.Core.Reception;
using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class ReceptionVisitPersonConfiguration : IEntityTypeConfiguration<ReceptionVisitPerson>
{
    public void Configure(EntityTypeBuilder<ReceptionVisitPerson> builder)
    {
        builder.ToTable("ReceptionVisitPeople");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FullName).HasMaxLength(Submitter.FullNameMaxLength);
        builder.Property(p => p.NameKey).HasMaxLength(Submitter.FullNameMaxLength);
        builder.Property(p => p.IdNumber).HasMaxLength(Submitter.IdNumberMaxLength).IsUnicode(false);
        builder.Property(p => p.Phone).HasMaxLength(Submitter.PhoneMaxLength).IsUnicode(false);
        builder.Property(p => p.Address).HasMaxLength(Submission.AddressMaxLength);
        builder.HasIndex(p => p.NameKey);
        builder.HasIndex(p => p.Phone);
        builder.HasIndex(p => p.IdNumber);
    }
}
