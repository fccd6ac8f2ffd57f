using CitizenVoice.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ToAddress).HasMaxLength(254);
        builder.Property(e => e.ToName).HasMaxLength(120);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.TextBody).HasMaxLength(20_000);
        builder.Property(e => e.LastError).HasMaxLength(OutboxEmail.LastErrorMaxLength);
        builder.HasIndex(e => new { e.SentAt, e.NextAttemptAt });
    }
}
