namespace CitizenVoice.Core.Deadlines;

/// <summary>
/// Staff's decision on how hard a case is (who decided and why is recorded with the case). It lengthens complaint
/// limits (Luật Khiếu nại 2011 Điều 28, 37) and sets how many extensions a denunciation may get (Luật Tố cáo 2018 Điều 30).
/// </summary>
public enum CaseComplexity
{
    Ordinary,

    /// <summary>Vụ việc phức tạp.</summary>
    Complex,

    /// <summary>Vụ việc đặc biệt phức tạp (only the Law on Denunciations distinguishes it; complaints treat it as complex).</summary>
    EspeciallyComplex,
}
