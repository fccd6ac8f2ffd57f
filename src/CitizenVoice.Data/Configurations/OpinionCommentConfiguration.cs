using CitizenVoice.Core.VoterMeetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class OpinionCommentConfiguration : IEntityTypeConfiguration<OpinionComment>
{
    public void Configure(EntityTypeBuilder<OpinionComment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<VoterOpinion>().WithMany().HasForeignKey(c => c.OpinionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.AuthorUserId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(OpinionComment.AuthorNameMaxLength);
        builder.Property(c => c.Text).HasMaxLength(OpinionComment.TextMaxLength);
        builder.HasIndex(c => new { c.OpinionId, c.CreatedAt });
    }
}
