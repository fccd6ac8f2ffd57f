namespace CitizenVoice.Core.Reception;

/// <summary>Stable codes (forms, database) and Vietnamese labels of the desk's handling choices.</summary>
public static class ReceptionCodes
{
    private static readonly Dictionary<ReceptionHandling, (string Code, string Label)> Handlings = new()
    {
        [ReceptionHandling.Guided] = ("huong-dan", "Hướng dẫn"),
        [ReceptionHandling.AcceptedLetter] = ("tiep-nhan-don", "Tiếp nhận đơn"),
        [ReceptionHandling.Forwarded] = ("chuyen-don", "Chuyển đơn"),
        [ReceptionHandling.AnsweredDirectly] = ("tra-loi-truc-tiep", "Trả lời trực tiếp"),
    };

    public static IEnumerable<ReceptionHandling> All => Handlings.Keys;

    public static string Code(this ReceptionHandling handling) => Handlings[handling].Code;

    public static string Label(this ReceptionHandling handling) => Handlings[handling].Label;

    public static bool TryParse(string? code, out ReceptionHandling handling)
    {
        foreach (var (key, entry) in Handlings)
        {
            if (string.Equals(entry.Code, code, StringComparison.Ordinal))
            {
                handling = key;
                return true;
            }
        }

        handling = default;
        return false;
    }

    public static ReceptionHandling Parse(string code) =>
        TryParse(code, out var handling) ? handling : throw new FormatException($"Unknown reception handling code '{code}'.");
}
