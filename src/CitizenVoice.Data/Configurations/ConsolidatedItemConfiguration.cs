using CitizenVoice.Core.Consolidation;
using CitizenVoice.Core.Units;
using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class ConsolidatedItemConfiguration : IEntityTypeConfiguration<ConsolidatedItem>
{
    public void Configure(EntityTypeBuilder<ConsolidatedItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<Session>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.OwnerUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(i => i.Summary).HasMaxLength(ConsolidatedItem.SummaryMaxLength);
        builder.Property(i => i.TopicCode).HasMaxLength(40).IsUnicode(false);
        builder.Property(i => i.CompetenceLevel).HasMaxLength(20).IsUnicode(false);
        builder.Property(i => i.AgencyCode).HasMaxLength(20).IsUnicode(false);
        builder.Property(i => i.AgencyUnitCode).HasMaxLength(UnitCodes.MaxLength).IsUnicode(false);
        builder.Property(i => i.Status).HasMaxLength(20).HasConversion<string>();
        builder.Property(i => i.AnswerAgencyName).HasMaxLength(ConsolidatedItem.AgencyNameMaxLength);
        builder.Property(i => i.AnswerDocumentNumber).HasMaxLength(ConsolidatedItem.AnswerDocumentNumberMaxLength);
        builder.Property(i => i.AnswerText).HasMaxLength(ConsolidatedItem.AnswerTextMaxLength);
        builder.Property(i => i.AnsweredByUserId).HasMaxLength(450);
        builder.Property(i => i.CreatedByUserId).HasMaxLength(450);
        builder.Property(i => i.SearchText).HasMaxLength(ConsolidatedItem.SummaryMaxLength + ConsolidatedItem.AnswerTextMaxLength + ConsolidatedItem.AgencyNameMaxLength + 2);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsLocal);
        builder.HasIndex(i => new { i.SessionId, i.SortKey });
        builder.HasIndex(i => new { i.IsAnswerPublished, i.AnswerDate });
        builder.HasIndex(i => i.OwnerUnitCode);
    }
}
