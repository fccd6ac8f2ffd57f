namespace CitizenVoice.Core.Reception;

/// <summary>What the officer did at the desk (Luật Tiếp công dân 2013 Art. 26–28; TT 04/2021/TT-TTCP).</summary>
public enum ReceptionHandling
{
    /// <summary>Hướng dẫn: the matter belongs to another body; the person was told where to go.</summary>
    Guided,

    /// <summary>Tiếp nhận đơn: the letter or the recorded statement is taken in for processing.</summary>
    AcceptedLetter,

    /// <summary>Chuyển đơn: taken in to be forwarded to the competent body.</summary>
    Forwarded,

    /// <summary>Trả lời trực tiếp: answered on the spot.</summary>
    AnsweredDirectly,
}
