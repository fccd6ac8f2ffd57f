using CitizenVoice.Core.Common;

namespace CitizenVoice.Core.Reception;

/// <summary>One person who came (or wrote, or called). Personal data: shown only to the unit's staff.</summary>
public sealed class ReceptionVisitPerson
{
    private ReceptionVisitPerson()
    {
        FullName = NameKey = "";
    }

    public ReceptionVisitPerson(int position, string fullName, string? idNumber, string? phone, string? address, bool isRepresentative)
    {
        Id = Guid.NewGuid();
        Position = position;
        FullName = fullName;
        NameKey = VietnameseText.Fold(fullName);
        IdNumber = idNumber;
        Phone = phone;
        Address = address;
        IsRepresentative = isRepresentative;
    }

    public Guid Id { get; private set; }

    public Guid VisitId { get; private set; }

    /// <summary>Order in the list as the officer typed it.</summary>
    public int Position { get; private set; }

    public string FullName { get; private set; }

    /// <summary>Folded name, so "nguyen van an" finds "Nguyễn Văn An".</summary>
    public string NameKey { get; private set; }

    public string? IdNumber { get; private set; }

    public string? Phone { get; private set; }

    public string? Address { get; private set; }

    /// <summary>The person who speaks for a group (người đại diện); for a single visitor, that visitor.</summary>
    public bool IsRepresentative { get; private set; }
}
