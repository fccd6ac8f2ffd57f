using CitizenVoice.Core.Deadlines;
using CitizenVoice.Core.Places;
using CitizenVoice.Core.Submissions;
using CitizenVoice.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TrackingCode).HasMaxLength(TrackingCode.Length).IsUnicode(false);
        builder.HasIndex(s => s.TrackingCode).IsUnique();
        builder.Property(s => s.Kind).HasMaxLength(20).HasConversion(v => v.Code(), v => DomainCodes.ParseKind(v));
        builder.Property(s => s.Channel).HasMaxLength(20).HasConversion(v => v.Code(), v => DomainCodes.ParseChannel(v));
        builder.Property(s => s.Status).HasMaxLength(20).HasConversion(v => v.Code(), v => DomainCodes.ParseStatus(v));
        builder.Property(s => s.Title).HasMaxLength(Submission.TitleMaxLength);
        builder.Property(s => s.Content).HasMaxLength(Submission.ContentMaxLength);
        builder.Property(s => s.Address).HasMaxLength(Submission.AddressMaxLength);
        builder.Property(s => s.ComplaintSubject).HasMaxLength(Submission.ComplaintSubjectMaxLength);
        builder.Property(s => s.ConsentVersion).HasMaxLength(20);
        builder.Property(s => s.SearchText).HasMaxLength(Submission.TitleMaxLength + Submission.ContentMaxLength + 1);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.ProvinceCode).HasMaxLength(Province.CodeLength);
        builder.Property(s => s.CommuneCode).HasMaxLength(Commune.CodeLength);
        builder.HasOne<Province>().WithMany().HasForeignKey(s => s.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(s => s.CommuneCode).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(s => s.Submitter, submitter =>
        {
            submitter.Property(p => p.FullName).HasColumnName("SubmitterFullName").HasMaxLength(Submitter.FullNameMaxLength);
            submitter.Property(p => p.Phone).HasColumnName("SubmitterPhone").HasMaxLength(Submitter.PhoneMaxLength);
            submitter.Property(p => p.Email).HasColumnName("SubmitterEmail").HasMaxLength(Submitter.EmailMaxLength);
            submitter.Property(p => p.IdNumber).HasColumnName("SubmitterIdNumber").HasMaxLength(Submitter.IdNumberMaxLength);
        });
        builder.Navigation(s => s.Submitter).IsRequired();

        builder.HasMany(s => s.History).WithOne().HasForeignKey(h => h.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Attachments).WithOne().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Property(s => s.OwnerUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(s => s.AssignedUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.HasIndex(s => new { s.OwnerUnitCode, s.ReceivedAt });
        builder.HasIndex(s => new { s.AssignedUnitCode, s.ReceivedAt });
        builder.Property(s => s.TopicCode).HasMaxLength(40).IsUnicode(false);
        builder.Property(s => s.CompetenceLevel).HasMaxLength(20).IsUnicode(false);
        builder.Property(s => s.AgencyCode).HasMaxLength(20).IsUnicode(false);
        builder.Property(s => s.RoutingStatus).HasMaxLength(20).HasConversion<string>();
        builder.Property(s => s.RoutingConfirmedByUserId).HasMaxLength(450);
        builder.HasIndex(s => new { s.RoutingStatus, s.ReceivedAt });
        builder.HasIndex(s => s.ReceivedAt);
        builder.HasIndex(s => new { s.Status, s.ReceivedAt });
        builder.HasIndex(s => new { s.IsAnswerPublished, s.Status });
        builder.HasIndex(s => new { s.ProvinceCode, s.CommuneCode });
        builder.Property(s => s.EligibilityNote).HasMaxLength(Submission.ReasonMaxLength);
        builder.Property(s => s.AssignedStaffUserId).HasMaxLength(450);
        builder.Property(s => s.AssignedStaffName).HasMaxLength(Submission.StaffNameMaxLength);
        builder.Property(s => s.ForwardedByUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(s => s.Complexity).HasMaxLength(20).HasConversion(v => v.Code(), v => ComplexityCodes.Parse(v));
        builder.Property(s => s.ComplexityReason).HasMaxLength(Submission.ReasonMaxLength);
        builder.Property(s => s.ComplexityDecidedByName).HasMaxLength(Submission.StaffNameMaxLength);
        builder.Property(s => s.AnswerText).HasMaxLength(Submission.AnswerMaxLength);
        builder.Property(s => s.AnswerDocumentNumber).HasMaxLength(Submission.DocumentNumberMaxLength);
        builder.Property(s => s.AnsweredByName).HasMaxLength(Submission.StaffNameMaxLength);
        builder.Property(s => s.AnsweredByUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.HasOne<Submission>().WithMany().HasForeignKey(s => s.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.DuplicateOfId);

        // The inbox sorts and filters by these (see SubmissionInbox; measured by bench/inbox.sh).
        builder.HasIndex(s => new { s.NextDueOn, s.ReceivedAt });
        builder.HasIndex(s => new { s.AssignedStaffUserId, s.ReceivedAt });
        builder.HasIndex(s => new { s.TopicCode, s.ReceivedAt });
        builder.HasIndex(s => new { s.Kind, s.ReceivedAt });

        // Per-status counts of a unit's inbox read only these (covering), not the wide rows.
        builder.HasIndex(s => new { s.OwnerUnitCode, s.Status });
        builder.HasIndex(s => new { s.AssignedUnitCode, s.Status });
        builder.Ignore(s => s.IsClosed);
        builder.Ignore(s => s.IsIdentityConfidential);
        builder.Ignore(s => s.ComplaintWindowEndsOn);
    }
}
