using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class SubmissionDeadlineConfiguration : IEntityTypeConfiguration<SubmissionDeadline>
{
    public void Configure(EntityTypeBuilder<SubmissionDeadline> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.RuleId).HasMaxLength(SubmissionDeadline.RuleIdMaxLength).IsUnicode(false);
        builder.Property(d => d.Complexity).HasMaxLength(20).HasConversion(v => v.Code(), v => ComplexityCodes.Parse(v));
        builder.Property(d => d.BasisText).HasMaxLength(SubmissionDeadline.BasisMaxLength);
        builder.Property(d => d.CancelReason).HasMaxLength(SubmissionDeadline.CancelReasonMaxLength);
        builder.HasOne<Submission>().WithMany().HasForeignKey(d => d.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.SubmissionId);
        builder.HasIndex(d => new { d.CompletedAt, d.DueDate });
        builder.Ignore(d => d.IsOpen);
        builder.Ignore(d => d.IsCancelled);
        builder.Ignore(d => d.Factors);

        builder.OwnsMany(d => d.Extensions, extension =>
        {
            extension.ToTable("SubmissionDeadlineExtensions");
            extension.WithOwner().HasForeignKey("SubmissionDeadlineId");
            extension.Property<int>("Id");
            extension.HasKey("Id");
            extension.Property(e => e.DocumentNumber).HasMaxLength(Submission.DocumentNumberMaxLength);
        });
        builder.Navigation(d => d.Extensions).HasField("_extensions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
