using CitizenVoice.Core.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CitizenVoice.Data.Configurations;

public sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        // One entry per date: a day is either off, or a working Saturday, never both.
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Date).ValueGeneratedNever();
        builder.Property(h => h.Name).HasMaxLength(PublicHoliday.NameMaxLength);
        builder.Property(h => h.Kind).HasMaxLength(20).HasConversion(v => v.Code(), v => DeadlineCodes.ParseHolidayKind(v));
        builder.Property(h => h.Note).HasMaxLength(PublicHoliday.NoteMaxLength);
        builder.Ignore(h => h.IsDayOff);
    }
}
